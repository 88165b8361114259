import { Select, Typography } from 'antd';
import { type CSSProperties, useEffect, useRef, useState } from 'react';
import { isAbortError } from '../../api/client.ts';
import { useT } from '../../i18n/useT.ts';

export interface RemoteOption {
  id: string;
  name: string;
  /** What tells two of one name apart (masked ID number, address, credit code …). */
  hint?: string | null;
}

export interface RemoteSelectProps {
  value?: string | null;
  onChange?: (id: string | null, option: RemoteOption | null) => void;
  /** Shown before anything is typed. */
  initial?: RemoteOption[];
  placeholder?: string;
  testId?: string;
  style?: CSSProperties;
}

/** A Select whose options come from a server search as the user types (debounced, the last one wins). */
export function RemoteSelect({
  value,
  onChange,
  initial = [],
  placeholder,
  testId,
  style,
  search,
}: RemoteSelectProps & { search: (q: string, signal: AbortSignal) => Promise<RemoteOption[]> }) {
  const t = useT();
  const [found, setFound] = useState<RemoteOption[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<AbortController | null>(null);
  const [picked, setPicked] = useState<RemoteOption | null>(null);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      pending.current?.abort();
    },
    [],
  );

  const onSearch = (text: string) => {
    if (timer.current) clearTimeout(timer.current);
    const q = text.trim();
    if (q === '') {
      setFound(null);
      return;
    }
    timer.current = setTimeout(async () => {
      pending.current?.abort();
      const controller = new AbortController();
      pending.current = controller;
      setLoading(true);
      setFailed(false);
      try {
        setFound(await search(q, controller.signal));
      } catch (error) {
        if (isAbortError(error)) return;
        setFound([]);
        setFailed(true);
      } finally {
        if (pending.current === controller) setLoading(false);
      }
    }, 300);
  };

  const list = found ?? initial;
  // The chosen one stays an option while another search shows, so the field keeps its name.
  const options =
    picked && picked.id === value && !list.some((o) => o.id === value) ? [...list, picked] : list;

  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch }}
      allowClear
      value={value ?? undefined}
      placeholder={placeholder ?? t('places.search.typeToSearch')}
      loading={loading}
      style={style}
      data-testid={testId}
      notFoundContent={
        <Typography.Text type="secondary">
          {failed
            ? t('places.search.failed')
            : found === null
              ? t('places.search.typeToSearch')
              : t('places.search.noneFound')}
        </Typography.Text>
      }
      onChange={(id) => {
        const option = options.find((o) => o.id === id) ?? null;
        setPicked(option);
        onChange?.(id ?? null, option);
      }}
      options={options.map((o) => ({ value: o.id, label: o.name, hint: o.hint }))}
      optionRender={(option) => (
        <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
          <span>{option.label}</span>
          {option.data.hint ? (
            <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
              {option.data.hint}
            </Typography.Text>
          ) : null}
        </div>
      )}
    />
  );
}
