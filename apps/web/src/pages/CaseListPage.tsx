import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import type { CaseSummary } from '@wangge/contracts';
import { Alert, Button, Empty, Flex, Table, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { listCases } from '../api/cases.ts';
import { CaseFilterBar } from '../components/cases-list/CaseFilterBar.tsx';
import { caseColumns, casePath } from '../components/cases-list/columns.tsx';
import {
  type CaseFilters,
  casesPath,
  PAGE_SIZE,
  parseFilters,
  toQuery,
} from '../components/cases-list/filters.ts';
import { useAsync } from '../hooks/useAsync.ts';
import { useErrorText } from '../i18n/useErrorText.ts';
import { useI18n } from '../i18n/useT.ts';
import { navigate } from '../router/router.ts';

/**
 * The query string of the page. The router only tracks the pathname, so the page re-reads the
 * search after its own navigations and on back/forward.
 */
function useSearch(): [string, (path: string) => void] {
  const [search, setSearch] = useState(() => window.location.search);
  useEffect(() => {
    const sync = () => setSearch(window.location.search);
    window.addEventListener('popstate', sync);
    return () => window.removeEventListener('popstate', sync);
  }, []);
  const go = useCallback((path: string) => {
    navigate(path);
    setSearch(window.location.search);
  }, []);
  return [search, go];
}

/** All cases the user may see, filtered by the URL query string. */
export default function CaseListPage() {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const [search, go] = useSearch();
  const [reload, setReload] = useState(0);
  const filters = useMemo(() => parseFilters(search), [search]);
  const list = useAsync((signal) => listCases(toQuery(filters), signal), [filters, reload]);
  const setFilters = (next: CaseFilters) => go(casesPath(next));
  const columns = useMemo(
    () =>
      caseColumns(
        [
          'number',
          'title',
          'category',
          'grid',
          'status',
          'level',
          'channel',
          'warning',
          'deadline',
          'reportedAt',
        ],
        t,
        locale,
      ),
    [t, locale],
  );
  const total = list.data?.total ?? 0;

  return (
    <div style={{ flex: 1, minWidth: 0, overflow: 'auto', padding: 16 }}>
      <Flex align="center" justify="space-between" gap={8} style={{ marginBottom: 12 }}>
        <Flex align="baseline" gap={12}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('caseList.title')}
          </Typography.Title>
          {list.data ? (
            <Typography.Text type="secondary" data-testid="case-total">
              {t('caseList.total', { total })}
            </Typography.Text>
          ) : null}
        </Flex>
        <Flex gap={8}>
          <Button
            icon={<ReloadOutlined />}
            loading={list.loading}
            aria-label={t('workbench.refresh')}
            onClick={() => setReload((n) => n + 1)}
          />
          <Button disabled={search === ''} onClick={() => go('/cases')}>
            {t('caseList.filter.reset')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/cases/new')}>
            {t('caseList.newCase')}
          </Button>
        </Flex>
      </Flex>

      <CaseFilterBar filters={filters} onChange={setFilters} />

      {list.error ? (
        <Alert
          type="error"
          showIcon
          title={t('caseList.loadFailed')}
          description={errorText(list.error)}
          style={{ marginBottom: 12 }}
        />
      ) : null}

      <Table<CaseSummary>
        data-testid="case-table"
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.loading}
        scroll={{ x: 1140 }}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('caseList.empty')} />,
        }}
        onRow={(row) => ({ onClick: () => navigate(casePath(row)), style: { cursor: 'pointer' } })}
        pagination={{
          current: Math.floor(filters.offset / PAGE_SIZE) + 1,
          pageSize: PAGE_SIZE,
          total,
          showSizeChanger: false,
          hideOnSinglePage: false,
          showTotal: (count) => t('caseList.total', { total: count }),
          onChange: (page) => setFilters({ ...filters, offset: (page - 1) * PAGE_SIZE }),
        }}
      />
    </div>
  );
}
