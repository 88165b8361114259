import { Table, type TableColumnsType, Tag } from 'antd';
import type { ImportJob } from '../../api/registryImports.ts';
import { formatChinaTime } from '../../cases/time.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { useT } from '../../i18n/useT.ts';

const STATUS_COLORS: Record<string, string> = {
  queued: 'default',
  running: 'processing',
  done: 'success',
  rejected: 'warning',
  failed: 'error',
};

/** The recent imports, newest first; a click shows one in the wizard. */
export function ImportJobsTable({
  items,
  loading,
  onOpen,
}: {
  items: ImportJob[];
  loading: boolean;
  onOpen: (job: ImportJob) => void;
}) {
  const t = useT();
  const columns: TableColumnsType<ImportJob> = [
    {
      key: 'createdAt',
      title: t('registryImport.createdAt'),
      dataIndex: 'createdAt',
      width: 140,
      render: (at: string) => formatChinaTime(at),
    },
    {
      key: 'entity',
      title: t('registryImport.entity'),
      dataIndex: 'entity',
      width: 90,
      render: (e: string) => t(`registryImport.entity.${e}` as MessageKey),
    },
    { key: 'file', title: t('registryImport.file'), dataIndex: 'fileName', ellipsis: { showTitle: true } },
    {
      key: 'mode',
      title: t('registryImport.mode'),
      dataIndex: 'mode',
      width: 130,
      render: (m: string) => t(`registryImport.mode.${m}` as MessageKey),
    },
    {
      key: 'status',
      title: t('registryImport.statusCol'),
      dataIndex: 'status',
      width: 96,
      render: (s: string) => (
        <Tag color={STATUS_COLORS[s] ?? 'default'}>{t(`registryImport.status.${s}` as MessageKey)}</Tag>
      ),
    },
    {
      key: 'counts',
      title: t('registryImport.countsCol'),
      width: 290,
      render: (_, job) =>
        t('registryImport.countsLine', {
          inserted: job.inserted,
          updated: job.updated,
          unchanged: job.unchanged,
          failed: job.failed,
        }),
    },
    {
      key: 'by',
      title: t('registryImport.createdBy'),
      dataIndex: 'createdByName',
      width: 100,
      ellipsis: { showTitle: true },
    },
  ];
  return (
    <Table<ImportJob>
      size="small"
      rowKey="id"
      data-testid="import-jobs"
      loading={loading}
      columns={columns}
      dataSource={items}
      scroll={{ x: 960 }}
      pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
      locale={{ emptyText: t('registryImport.noJobs') }}
      onRow={(job) => ({ onClick: () => onOpen(job), style: { cursor: 'pointer' } })}
    />
  );
}
