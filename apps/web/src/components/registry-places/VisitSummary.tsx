import { Card, Col, Row, Statistic, Table, theme } from 'antd';
import type { VisitSchedule } from '../../api/registryCare.ts';
import { useT } from '../../i18n/useT.ts';

type Worker = VisitSchedule['byWorker'][number];
export const NO_WORKER = 'none';

/** The schedule in numbers: overdue, due and all visits, overall and per grid worker (a row picks the worker). */
export function VisitSummary({
  counts,
  byWorker,
  selected,
  loading,
  onPick,
}: {
  /** Of the list as loaded (a person in two care groups counts twice as overdue, once as a person). */
  counts: { overdue: number; due: number; people: number } | null;
  byWorker: Worker[];
  selected: string | undefined;
  loading: boolean;
  onPick: (workerId: string | undefined) => void;
}) {
  const t = useT();
  const { token } = theme.useToken();
  const stat = (k: 'overdue' | 'due' | 'people', color?: string) => (
    <Col flex="1 1 140px">
      <Card size="small" styles={{ body: { padding: '10px 12px' } }}>
        <Statistic
          loading={loading && !counts}
          title={t(`places.visits.sum.${k}`)}
          value={counts?.[k] ?? 0}
          styles={{ content: { fontSize: 22, fontWeight: 600, color } }}
          formatter={(v) => <span data-testid={`visits-sum-${k}`}>{v}</span>}
        />
      </Card>
    </Col>
  );
  return (
    <Row gutter={[8, 8]} wrap>
      {stat('overdue', counts && counts.overdue > 0 ? token.colorError : undefined)}
      {stat('due', counts && counts.due > 0 ? token.colorWarning : undefined)}
      {stat('people')}
      {byWorker.length > 1 ? (
        <Col flex="3 1 420px">
          <Table<Worker>
            size="small"
            data-testid="visits-by-worker"
            rowKey={(w) => w.id ?? NO_WORKER}
            dataSource={[...byWorker].sort((a, b) => b.overdue - a.overdue || b.due - a.due)}
            pagination={false}
            scroll={{ y: 150 }}
            rowSelection={{
              type: 'radio',
              columnWidth: 32,
              selectedRowKeys: selected ? [selected] : [],
              onChange: (keys) => onPick(keys[0] === undefined ? undefined : String(keys[0])),
            }}
            onRow={(w) => ({
              onClick: () => onPick((w.id ?? NO_WORKER) === selected ? undefined : (w.id ?? NO_WORKER)),
              style: { cursor: 'pointer' },
            })}
            columns={[
              {
                title: t('places.visits.worker'),
                dataIndex: 'name',
                render: (name: string, w) => (w.id ? name : t('places.visits.noWorker')),
              },
              {
                title: t('places.visits.sum.overdue'),
                dataIndex: 'overdue',
                width: 80,
                align: 'right',
                render: (n: number) => (
                  <span style={{ color: n > 0 ? token.colorError : undefined }}>{n}</span>
                ),
              },
              { title: t('places.visits.sum.due'), dataIndex: 'due', width: 80, align: 'right' },
              { title: t('places.visits.sum.total'), dataIndex: 'total', width: 80, align: 'right' },
            ]}
          />
        </Col>
      ) : null}
    </Row>
  );
}
