import { Select, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { listCases } from '../../api/cases.ts';
import { isAbortError } from '../../api/client.ts';
import { useT } from '../../i18n/useT.ts';

interface Found {
  number: string;
  title: string;
  gridName: string | null;
}

/**
 * 并单: finds the master case by its number or words of its text among the cases the user may see
 * (the case being merged is left out); the value is the master's number.
 */
export function MasterCaseSelect({
  caseId,
  value,
  onChange,
}: {
  caseId: string;
  value?: string | undefined;
  onChange?: (value: string | undefined) => void;
}) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Found[]>([]);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setFound([]);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      setLoading(true);
      listCases({ q, limit: 20 }, controller.signal).then(
        (list) => {
          setFound(list.items.filter((c) => c.id !== caseId));
          setLoading(false);
        },
        (error: unknown) => {
          if (isAbortError(error)) return;
          setFound([]);
          setLoading(false);
        },
      );
    }, 300);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [query, caseId]);

  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setQuery }}
      allowClear
      value={value}
      onChange={(next: string | undefined) => onChange?.(next)}
      placeholder={t('caseDetail.form.masterSearch')}
      notFoundContent={
        loading ? <Spin size="small" /> : query.trim() ? t('caseDetail.form.masterNone') : null
      }
      options={found.map((c) => ({
        value: c.number,
        label: `${c.number} ${c.title}${c.gridName ? `（${c.gridName}）` : ''}`,
      }))}
      style={{ width: '100%' }}
      data-testid="merge-master"
    />
  );
}
