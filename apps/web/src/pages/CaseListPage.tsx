import { DownloadOutlined, PlusOutlined, ReloadOutlined, SendOutlined } from '@ant-design/icons';
import type { CaseListItem } from '@wangge/contracts';
import { Alert, App, Button, Empty, Flex, Table, type TableProps, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { listCases } from '../api/cases.ts';
import { BatchDispatchModal, type PickedCase } from '../components/cases-list/BatchDispatchModal.tsx';
import { CaseFilterBar } from '../components/cases-list/CaseFilterBar.tsx';
import { downloadCasesExport } from '../components/cases-list/caseListApi.ts';
import { caseColumns, casePath } from '../components/cases-list/columns.tsx';
import {
  type CaseFilters,
  casesPath,
  isSortableColumn,
  PAGE_SIZE,
  parseFilters,
  sortFor,
  toExportQuery,
  toQuery,
} from '../components/cases-list/filters.ts';
import { useAsync } from '../hooks/useAsync.ts';
import { useErrorText } from '../i18n/useErrorText.ts';
import { useI18n } from '../i18n/useT.ts';
import { navigate } from '../router/router.ts';
import { INTAKE_ROLES, useHasRole } from '../session/roles.ts';

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
  const mayTakeCalls = useHasRole(INTAKE_ROLES);
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [search, go] = useSearch();
  const [reload, setReload] = useState(0);
  const [exporting, setExporting] = useState(false);
  const [picked, setPicked] = useState<PickedCase[]>([]);
  const [batchOpen, setBatchOpen] = useState(false);
  const filters = useMemo(() => parseFilters(search), [search]);
  const list = useAsync((signal) => listCases(toQuery(filters), signal), [filters, reload]);
  const setFilters = (next: CaseFilters) => go(casesPath(next));
  const items: CaseListItem[] = list.data?.items ?? [];
  // Selection is for batch dispatch: offered when some case in view may be dispatched by the caller.
  const selectable = picked.length > 0 || items.some((item) => item.canDispatch);

  // A reloaded page brings the versions others' actions made; a case no longer dispatchable drops out.
  useEffect(() => {
    const fresh = new Map((list.data?.items ?? []).map((item) => [item.id, item]));
    setPicked((previous) => {
      const next = previous.flatMap((c) => {
        const row = fresh.get(c.id);
        if (!row) return [c];
        if (!row.canDispatch) return [];
        return row.version === c.version ? [c] : [{ ...c, version: row.version }];
      });
      return next.length === previous.length && next.every((c, i) => c === previous[i]) ? previous : next;
    });
  }, [list.data]);

  const exportList = async () => {
    setExporting(true);
    try {
      const filename = await downloadCasesExport(toExportQuery(filters), locale);
      message.success(t('caseList.exportDone', { filename }));
    } catch (error) {
      message.error(`${t('caseList.exportFailed')}：${errorText(error)}`);
    } finally {
      setExporting(false);
    }
  };

  const closeBatch = (dispatched: boolean) => {
    setBatchOpen(false);
    if (dispatched) {
      setPicked([]);
      setReload((n) => n + 1);
    }
  };

  const onTableChange: TableProps<CaseListItem>['onChange'] = (_pagination, _filters, sorter, extra) => {
    if (extra.action !== 'sort' || Array.isArray(sorter) || !isSortableColumn(sorter.columnKey)) return;
    setFilters({ ...filters, sort: sortFor(sorter.columnKey, sorter.order), offset: 0 });
  };

  const columns = useMemo(
    () =>
      caseColumns<CaseListItem>(
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
        { current: filters.sort },
      ),
    [t, locale, filters.sort],
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
          {selectable ? (
            <Button
              icon={<SendOutlined />}
              disabled={picked.length === 0}
              data-testid="cases-batch-dispatch"
              onClick={() => setBatchOpen(true)}
            >
              {picked.length
                ? t('caseList.batch.buttonCount', { count: picked.length })
                : t('caseList.batch.button')}
            </Button>
          ) : null}
          <Button
            icon={<DownloadOutlined />}
            loading={exporting}
            disabled={!list.data || total === 0}
            title={t('caseList.exportHint')}
            data-testid="cases-export"
            onClick={exportList}
          >
            {t('caseList.export')}
          </Button>
          {mayTakeCalls ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/cases/new')}>
              {t('caseList.newCase')}
            </Button>
          ) : null}
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

      <Table<CaseListItem>
        data-testid="case-table"
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={items}
        loading={list.loading}
        onChange={onTableChange}
        rowSelection={
          selectable
            ? {
                selectedRowKeys: picked.map((c) => c.id),
                preserveSelectedRowKeys: true,
                columnWidth: 40,
                getCheckboxProps: (row) => ({
                  disabled: !row.canDispatch,
                  title: row.canDispatch ? undefined : t('caseList.batch.notSelectable'),
                }),
                onChange: (_keys, rows) =>
                  setPicked((previous) => {
                    const known = new Map(previous.map((c) => [c.id, c]));
                    return _keys.map((key) => {
                      const row = rows.find((r) => r?.id === key);
                      return row
                        ? { id: row.id, number: row.number, version: row.version }
                        : known.get(String(key))!;
                    });
                  }),
              }
            : undefined
        }
        scroll={{ x: selectable ? 1180 : 1140 }}
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
      {picked.length ? (
        <Typography.Text type="secondary" data-testid="cases-selected">
          {t('caseList.batch.selected', { count: picked.length })}{' '}
          <Typography.Link onClick={() => setPicked([])}>{t('caseList.batch.clear')}</Typography.Link>
        </Typography.Text>
      ) : null}
      {batchOpen ? <BatchDispatchModal cases={picked} onClose={closeBatch} /> : null}
    </div>
  );
}
