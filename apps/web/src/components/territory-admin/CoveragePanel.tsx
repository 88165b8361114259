import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { CoverageReport, DivisionRef } from '@wangge/contracts';
import { Alert, Button, Empty, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { formatNumber } from '../../i18n/messages.ts';
import { useErrorText } from '../../i18n/useErrorText.ts';
import { useI18n } from '../../i18n/useT.ts';
import { ADMIN_COLORS } from './adminLayers.ts';
import type { CoverageItem } from './coverageItems.ts';
import { FillHeight, tableBodyHeight } from './FillHeight.tsx';

interface Props {
  division: DivisionRef | null;
  report: CoverageReport | null;
  items: CoverageItem[];
  loading: boolean;
  error: unknown;
  active: number | null;
  onRun: () => void;
  onPick: (item: CoverageItem) => void;
}

const KIND_COLOR = { overlap: ADMIN_COLORS.overlap, gap: ADMIN_COLORS.gap, outside: ADMIN_COLORS.outside };

/** 覆盖检查 beside the map: run it for the division, then one row per finding; a row shows it on the map. */
export function CoveragePanel({ division, report, items, loading, error, active, onRun, onPick }: Props) {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  // No community boundary to check against: "no problems" would claim more than was checked.
  const unchecked = report !== null && items.length === 0 && report.communitiesChecked === 0;
  const columns: TableColumnsType<CoverageItem> = [
    {
      title: t('territoryAdmin.coverage.col.kind'),
      dataIndex: 'kind',
      width: 110,
      render: (kind: CoverageItem['kind']) => (
        <Tag color={KIND_COLOR[kind]} style={{ marginInlineEnd: 0 }}>
          {t(`territoryAdmin.coverage.kind.${kind}`)}
        </Tag>
      ),
    },
    { title: t('territoryAdmin.coverage.col.where'), dataIndex: 'where', ellipsis: true },
    {
      title: t('territoryAdmin.coverage.col.area'),
      dataIndex: 'areaM2',
      width: 130,
      align: 'right',
      render: (value: number) => formatNumber(locale, value, 1),
      sorter: (a, b) => a.areaM2 - b.areaM2,
    },
  ];

  return (
    <Flex gap={16} style={{ height: '100%', minHeight: 0 }}>
      <Flex vertical gap={8} style={{ width: 280, flexShrink: 0, overflow: 'auto' }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('territoryAdmin.coverage.intro', { name: division?.name ?? '' })}
        </Typography.Text>
        <Button
          type="primary"
          icon={<SafetyCertificateOutlined />}
          loading={loading}
          disabled={!division}
          onClick={onRun}
          data-testid="coverage-run"
        >
          {report ? t('territoryAdmin.coverage.rerun') : t('territoryAdmin.coverage.run')}
        </Button>
        {error ? <Alert type="error" showIcon title={errorText(error)} /> : null}
        {report ? (
          <Typography.Text
            strong
            type={items.length > 0 ? 'danger' : unchecked ? 'warning' : 'success'}
            data-testid="coverage-problem-count"
            data-count={items.length}
          >
            {items.length > 0
              ? t('territoryAdmin.coverage.count', { count: items.length })
              : unchecked
                ? t('territoryAdmin.coverage.unchecked')
                : t('coverage.ok')}
          </Typography.Text>
        ) : null}
        {report ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('coverage.okDetail', { communities: report.communitiesChecked, grids: report.gridCount })}
          </Typography.Text>
        ) : null}
        {items.length > 0 ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('territoryAdmin.coverage.clickHint')}
          </Typography.Text>
        ) : null}
        {report && report.communitiesWithoutBoundary.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            title={t('coverage.noBoundary', { codes: report.communitiesWithoutBoundary.join('、') })}
          />
        ) : null}
      </Flex>
      <Flex vertical style={{ flex: 1, minWidth: 0 }}>
        {!report ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('territoryAdmin.coverage.notRun')} />
        ) : unchecked ? (
          <Alert type="warning" showIcon title={t('territoryAdmin.coverage.unchecked')} />
        ) : items.length === 0 ? (
          <Alert
            type="success"
            showIcon
            title={t('coverage.ok')}
            description={t('coverage.okDetail', {
              communities: report.communitiesChecked,
              grids: report.gridCount,
            })}
          />
        ) : (
          <FillHeight>
            {(height) => (
              <Table<CoverageItem>
                size="small"
                rowKey="id"
                columns={columns}
                dataSource={items}
                pagination={false}
                scroll={{ y: tableBodyHeight(height) }}
                rowSelection={{
                  type: 'radio',
                  columnWidth: 36,
                  selectedRowKeys: active === null ? [] : [active],
                  onChange: (_keys, [row]) => row && onPick(row),
                }}
                onRow={(row) => ({ onClick: () => onPick(row), style: { cursor: 'pointer' } })}
              />
            )}
          </FillHeight>
        )}
      </Flex>
    </Flex>
  );
}
