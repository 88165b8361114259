import type { CoverageReport } from '@wangge/contracts';
import { Alert, Table, type TableColumnsType, Typography } from 'antd';
import { formatNumber } from '../i18n/messages.ts';
import { useI18n } from '../i18n/useT.ts';

type Overlap = CoverageReport['overlaps'][number];
type Gap = CoverageReport['gaps'][number];
type Outside = CoverageReport['outside'][number];

/** Overlaps, gaps and grids outside their community, each as a small table with areas in m². */
export function CoverageTables({ report }: { report: CoverageReport }) {
  const { t, locale } = useI18n();
  const area = { title: t('coverage.area'), dataIndex: 'areaM2', align: 'right' as const, width: 140 };
  const renderArea = (value: number) => formatNumber(locale, value, 1);

  const overlapColumns: TableColumnsType<Overlap> = [
    { title: t('coverage.gridA'), dataIndex: 'gridA' },
    { title: t('coverage.gridB'), dataIndex: 'gridB' },
    { ...area, render: renderArea },
  ];
  const gapColumns: TableColumnsType<Gap> = [
    { title: t('coverage.community'), dataIndex: 'communityCode' },
    { ...area, render: renderArea },
  ];
  const outsideColumns: TableColumnsType<Outside> = [
    { title: t('coverage.grid'), dataIndex: 'grid' },
    { title: t('coverage.community'), dataIndex: 'communityCode' },
    { ...area, render: renderArea },
  ];
  const table = { size: 'small' as const, pagination: false as const, scroll: { y: 200 } };

  return (
    <>
      {report.overlaps.length > 0 ? (
        <>
          <Typography.Title level={5}>{t('coverage.overlaps')}</Typography.Title>
          <Table<Overlap>
            {...table}
            rowKey={(row) => `${row.gridA}-${row.gridB}`}
            columns={overlapColumns}
            dataSource={report.overlaps}
          />
        </>
      ) : null}
      {report.gaps.length > 0 ? (
        <>
          <Typography.Title level={5}>{t('coverage.gaps')}</Typography.Title>
          <Table<Gap>
            {...table}
            rowKey={(row) => `${row.communityCode}-${row.areaM2}`}
            columns={gapColumns}
            dataSource={report.gaps}
          />
        </>
      ) : null}
      {report.outside.length > 0 ? (
        <>
          <Typography.Title level={5}>{t('coverage.outside')}</Typography.Title>
          <Table<Outside>
            {...table}
            rowKey={(row) => `${row.grid}-${row.communityCode}`}
            columns={outsideColumns}
            dataSource={report.outside}
          />
        </>
      ) : null}
      {report.communitiesWithoutBoundary.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title={t('coverage.noBoundary', { codes: report.communitiesWithoutBoundary.join('、') })}
        />
      ) : null}
    </>
  );
}
