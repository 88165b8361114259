import { Select, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { isAbortError } from '../../api/client.ts';
import { type CategoryOption, searchCategories } from '../../api/newCase.ts';
import { useT } from '../../i18n/useT.ts';

/**
 * A category (a class takes all its matters) picked by searching names, keywords and codes on the
 * server; the picked one keeps its label while other searches run.
 */
export function CategoryFilter({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (code: string | undefined) => void;
}) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<CategoryOption[]>([]);
  const [picked, setPicked] = useState<CategoryOption | null>(null);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      setLoading(true);
      searchCategories(query, controller.signal).then(
        (items) => {
          setOptions(items.slice(0, 50));
          setFailed(false);
          setLoading(false);
        },
        (error: unknown) => {
          if (isAbortError(error)) return;
          setFailed(true);
          setLoading(false);
        },
      );
    }, 300);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const shown =
    picked && picked.code === value && !options.some((o) => o.code === value)
      ? [picked, ...options]
      : options;

  return (
    <Select
      aria-label={t('caseMap.filter.categorySearch')}
      data-testid="case-map-category"
      style={{ width: 220 }}
      allowClear
      showSearch={{ filterOption: false, onSearch: setQuery }}
      placeholder={t('caseMap.filter.categorySearch')}
      status={failed ? 'warning' : undefined}
      title={failed ? t('caseMap.filter.categoryFailed') : undefined}
      notFoundContent={loading ? <Spin size="small" /> : undefined}
      value={value}
      onChange={(code: string | undefined) => {
        setPicked(options.find((o) => o.code === code) ?? null);
        setQuery('');
        onChange(code || undefined);
      }}
      options={shown.map((o) => ({
        value: o.code,
        label: `${o.code} ${o.name}`,
        title: o.kind === 'class' ? o.name : undefined,
      }))}
      popupMatchSelectWidth={320}
    />
  );
}
