import type { GridImportProblem } from '@wangge/contracts';
import { Table, type TableColumnsType, Tag } from 'antd';
import { useI18n } from '../../i18n/useT.ts';

export interface ImportErrorRow {
  key: string;
  index: number;
  code: string | null;
  property: GridImportProblem['errors'][number]['property'];
  reason: string;
  /** Whether the preview has a shape for this feature (something to show on the map). */
  hasShape: boolean;
}

interface Props {
  problems: GridImportProblem[];
  shapes: ReadonlySet<number>;
  active: number | null;
  height: number;
  onPick: (index: number) => void;
}

/** One row per problem of each feature: its place in the file, code, property and the reason. */
export function ImportErrorTable({ problems, shapes, active, height, onPick }: Props) {
  const { t, locale } = useI18n();
  const rows: ImportErrorRow[] = problems.flatMap((problem) =>
    problem.errors.map((error) => ({
      key: `${problem.index}-${error.code}`,
      index: problem.index,
      code: problem.code,
      property: error.property,
      reason: error.messages[locale] ?? error.message,
      hasShape: shapes.has(problem.index),
    })),
  );
  const columns: TableColumnsType<ImportErrorRow> = [
    {
      title: t('territoryAdmin.import.col.index'),
      dataIndex: 'index',
      width: 56,
      align: 'right',
      // People count features from 1; the server's index counts from 0.
      render: (index: number) => index + 1,
    },
    {
      title: t('territoryAdmin.import.col.code'),
      dataIndex: 'code',
      width: 150,
      render: (code: string | null) => code ?? '—',
    },
    {
      title: t('territoryAdmin.import.col.property'),
      dataIndex: 'property',
      width: 124,
      render: (property: ImportErrorRow['property']) => (
        <Tag style={{ marginInlineEnd: 0 }}>{t(`territoryAdmin.property.${property ?? 'feature'}`)}</Tag>
      ),
    },
    {
      title: t('territoryAdmin.import.col.reason'),
      dataIndex: 'reason',
      render: (reason: string, row) => (
        <>
          {reason}
          {row.hasShape ? null : (
            <Tag variant="filled" style={{ marginInlineStart: 8 }}>
              {t('territoryAdmin.import.noShape')}
            </Tag>
          )}
        </>
      ),
    },
  ];
  return (
    <div data-testid="grid-import-errors" data-count={problems.length}>
      <Table<ImportErrorRow>
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ y: height }}
        rowClassName={(row) => (row.index === active ? 'ant-table-row-selected' : '')}
        onRow={(row) => ({ onClick: () => onPick(row.index), style: { cursor: 'pointer' } })}
      />
    </div>
  );
}
