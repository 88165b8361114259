import { Select, Spin, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { isAbortError } from '../../api/client.ts';
import {
  type CategoryOption,
  type CategorySuggestionItem,
  searchCategories,
  suggestCategories,
} from '../../api/newCase.ts';
import { useErrorText } from '../../i18n/useErrorText.ts';
import { useT } from '../../i18n/useT.ts';

/** Category select with server-side search (code + name). Controlled by antd Form. */
export function CategorySelect({
  value,
  onChange,
  extraOptions,
}: {
  value?: string | undefined;
  onChange?: (value: string | undefined) => void;
  extraOptions: CategoryOption[];
}) {
  const t = useT();
  const errorText = useErrorText();
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<CategoryOption[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      setLoading(true);
      searchCategories(query, controller.signal).then(
        (items) => {
          setOptions(items.filter((item) => item.kind !== 'class').slice(0, 50));
          setError(null);
          setLoading(false);
        },
        (err: unknown) => {
          if (isAbortError(err)) return;
          setError(errorText(err));
          setLoading(false);
        },
      );
    }, 300);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [query, errorText]);

  const merged = [...options];
  for (const extra of extraOptions) {
    if (!merged.some((item) => item.code === extra.code)) merged.unshift(extra);
  }

  return (
    <>
      <Select
        showSearch={{ filterOption: false, onSearch: setQuery }}
        allowClear
        value={value}
        onChange={(next: string | undefined) => onChange?.(next)}
        placeholder={t('newCase.field.category.placeholder')}
        notFoundContent={loading ? <Spin size="small" /> : t('newCase.field.category.empty')}
        options={merged.map((item) => ({
          value: item.code,
          label: `${item.code} ${item.name}`,
        }))}
        style={{ width: '100%' }}
      />
      {error && (
        <Typography.Text type="danger" style={{ fontSize: 12 }}>
          {t('newCase.field.category.loadFailed', { message: error })}
        </Typography.Text>
      )}
    </>
  );
}

/** Top suggestions for the typed text (debounced 400 ms), as clickable tags. */
export function CategorySuggestions({
  text,
  selected,
  onPick,
}: {
  text: string;
  selected: string | undefined;
  onPick: (item: CategorySuggestionItem) => void;
}) {
  const t = useT();
  const [items, setItems] = useState<CategorySuggestionItem[]>([]);
  const [loading, setLoading] = useState(false);
  const lastText = useRef('');

  useEffect(() => {
    const trimmed = text.trim();
    if (!trimmed) {
      setItems([]);
      setLoading(false);
      lastText.current = '';
      return;
    }
    if (trimmed === lastText.current) return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      setLoading(true);
      suggestCategories(trimmed, 3, controller.signal).then(
        (result) => {
          lastText.current = trimmed;
          setItems(result.items.slice(0, 3));
          setLoading(false);
        },
        (err: unknown) => {
          if (isAbortError(err)) return;
          setItems([]);
          setLoading(false);
        },
      );
    }, 400);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  return (
    <div
      data-testid="new-case-suggestions"
      style={{ minHeight: 24, display: 'flex', flexWrap: 'wrap', gap: 4 }}
    >
      <Typography.Text type="secondary">{t('newCase.suggest.label')}</Typography.Text>
      {loading && <Typography.Text type="secondary">{t('newCase.suggest.loading')}</Typography.Text>}
      {!loading && items.length === 0 && (
        <Typography.Text type="secondary">{t('newCase.suggest.none')}</Typography.Text>
      )}
      {!loading &&
        items.map((item) => (
          <Tag
            key={item.code}
            color={item.code === selected ? 'blue' : 'default'}
            title={t('newCase.suggest.hint')}
            style={{ cursor: 'pointer', marginInlineEnd: 0 }}
            onClick={() => onPick(item)}
          >
            {item.code} {item.name}
          </Tag>
        ))}
    </div>
  );
}
