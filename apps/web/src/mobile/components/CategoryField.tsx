import { List, Popup } from 'antd-mobile';
import { useMemo, useState } from 'react';
import type { Category } from '../api/types.ts';
import { useT } from '../i18n/context.ts';
import { groupByClass, matchCategories } from './categorySearch.ts';

interface Props {
  categories: Category[];
  value: string | null;
  onChange: (code: string) => void;
}

/** 问题类型: the common ones as chips, the rest in a searchable list grouped by class. */
export function CategoryField({ categories, value, onChange }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const common = useMemo(() => categories.filter((c) => c.common), [categories]);
  const groups = useMemo(() => groupByClass(matchCategories(categories, query)), [categories, query]);
  const selected = categories.find((c) => c.code === value) ?? null;

  const pick = (code: string) => {
    onChange(code);
    setOpen(false);
    setQuery('');
  };

  return (
    <div className="m-stack">
      {common.length > 0 ? (
        <div className="m-chips" data-testid="category-common">
          {common.map((c) => (
            <button
              type="button"
              key={c.code}
              className={c.code === value ? 'm-chip active' : 'm-chip'}
              aria-pressed={c.code === value}
              onClick={() => onChange(c.code)}
              data-testid="category-chip"
              data-code={c.code}
            >
              {c.name}
            </button>
          ))}
        </div>
      ) : null}
      <button
        type="button"
        className="m-field-button"
        onClick={() => setOpen(true)}
        data-testid="report-category"
      >
        {selected ? (
          <span data-testid="report-category-value" data-code={selected.code}>
            {selected.className ? `${selected.className} · ` : ''}
            {selected.name}
          </span>
        ) : (
          <span className="placeholder">{t('category.more')}</span>
        )}
        <span aria-hidden="true">›</span>
      </button>
      <Popup
        visible={open}
        onMaskClick={() => setOpen(false)}
        onClose={() => setOpen(false)}
        bodyStyle={{ borderTopLeftRadius: 12, borderTopRightRadius: 12 }}
        destroyOnClose
      >
        <div className="m-category-popup" data-testid="category-popup">
          <div className="m-popup-head">
            <span>{t('category.title')}</span>
            <button
              type="button"
              className="m-touch"
              onClick={() => setOpen(false)}
              style={{ border: 0, background: 'none', fontSize: 15, color: '#86909c' }}
            >
              {t('common.close')}
            </button>
          </div>
          <div style={{ padding: '8px 12px' }}>
            <label data-testid="category-search">
              <input
                className="m-input"
                type="search"
                enterKeyHint="search"
                placeholder={t('category.search')}
                aria-label={t('category.search')}
                value={query}
                onChange={(event) => setQuery(event.target.value)}
              />
            </label>
          </div>
          <div className="m-scroll">
            {groups.length === 0 ? (
              <p className="m-muted" style={{ padding: 16 }}>
                {t('category.none')}
              </p>
            ) : (
              groups.map((group) => (
                <List key={group.className} header={group.className || t('category.otherClass')}>
                  {group.items.map((c) => (
                    <List.Item
                      key={c.code}
                      onClick={() => pick(c.code)}
                      extra={c.code === value ? '✓' : null}
                      data-testid="category-option"
                      data-code={c.code}
                    >
                      {c.name}
                    </List.Item>
                  ))}
                </List>
              ))
            )}
          </div>
        </div>
      </Popup>
    </div>
  );
}
