import { ReloadOutlined } from '@ant-design/icons';
import type { CaseSummary } from '@wangge/contracts';
import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Row,
  Skeleton,
  Statistic,
  Table,
  Typography,
  theme,
} from 'antd';
import { type CSSProperties, useState } from 'react';
import { type CaseTask, listCases } from '../api/cases.ts';
import { caseColumns, casePath } from '../components/cases-list/columns.tsx';
import { casesPath } from '../components/cases-list/filters.ts';
import { useAsync } from '../hooks/useAsync.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { useErrorText } from '../i18n/useErrorText.ts';
import { useI18n } from '../i18n/useT.ts';
import { navigate } from '../router/router.ts';

const TASKS: readonly CaseTask[] = [
  'to_verify',
  'to_accept',
  'to_dispatch',
  'to_handle',
  'to_check',
  'warned',
  'overdue',
  'mine',
];

const WARNING_RANK: Record<string, number> = { red: 0, yellow: 1, none: 2 };
const URGENT_LIMIT = 10;

type Counts = { counts: Partial<Record<CaseTask, number>>; error: unknown };

/** Counts every task in parallel; a task that fails shows no count, and its error is kept. */
async function loadCounts(signal: AbortSignal): Promise<Counts> {
  const results = await Promise.allSettled(TASKS.map((task) => listCases({ task, limit: 1 }, signal)));
  const counts: Counts['counts'] = {};
  let error: unknown = null;
  results.forEach((result, index) => {
    const task = TASKS[index]!;
    if (result.status === 'fulfilled') counts[task] = result.value.total;
    else error ??= result.reason;
  });
  if (error && Object.keys(counts).length === 0) throw error;
  return { counts, error };
}

/** The most urgent of the red-card and to-handle cases: red, then yellow, then the nearest deadline. */
async function loadUrgent(signal: AbortSignal): Promise<CaseSummary[]> {
  const [overdue, toHandle] = await Promise.all([
    listCases({ task: 'overdue', limit: URGENT_LIMIT }, signal),
    listCases({ task: 'to_handle', limit: URGENT_LIMIT }, signal),
  ]);
  const byId = new Map<string, CaseSummary>();
  for (const item of [...overdue.items, ...toHandle.items]) if (!byId.has(item.id)) byId.set(item.id, item);
  const deadline = (item: CaseSummary) =>
    item.stageDeadline ? Date.parse(item.stageDeadline) : Number.POSITIVE_INFINITY;
  return [...byId.values()]
    .sort(
      (a, b) =>
        (WARNING_RANK[a.warning] ?? 3) - (WARNING_RANK[b.warning] ?? 3) ||
        deadline(a) - deadline(b) ||
        b.reportedAt.localeCompare(a.reportedAt),
    )
    .slice(0, URGENT_LIMIT);
}

function TaskCard({ task, count, loading }: { task: CaseTask; count: number | undefined; loading: boolean }) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const accent = task === 'overdue' ? token.colorError : task === 'warned' ? token.colorWarning : undefined;
  const cardStyle: CSSProperties = accent
    ? {
        borderTop: `3px solid ${accent}`,
        background: task === 'overdue' ? token.colorErrorBg : token.colorWarningBg,
      }
    : {};
  const open = () => navigate(casesPath({ task }));
  return (
    <Card
      hoverable
      size="small"
      role="link"
      tabIndex={0}
      data-testid={`workbench-${task}`}
      style={cardStyle}
      onClick={open}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          open();
        }
      }}
    >
      <Statistic
        title={t(`workbench.task.${task}` as MessageKey)}
        value={count ?? '—'}
        loading={loading}
        styles={{ content: { color: accent, fontWeight: 600 } }}
        formatter={(value) => <span data-testid={`workbench-${task}-count`}>{value}</span>}
      />
    </Card>
  );
}

/** The user's task counts and the most urgent cases. */
export default function WorkbenchPage() {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const [reload, setReload] = useState(0);
  const counts = useAsync((signal) => loadCounts(signal), [reload]);
  const urgent = useAsync((signal) => loadUrgent(signal), [reload]);
  const countError = counts.error ?? counts.data?.error ?? null;
  const refreshing = counts.loading || urgent.loading;

  return (
    <div style={{ flex: 1, minWidth: 0, overflow: 'auto', padding: 16 }}>
      <Flex align="center" justify="space-between" style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('workbench.title')}
        </Typography.Title>
        <Button icon={<ReloadOutlined />} loading={refreshing} onClick={() => setReload((n) => n + 1)}>
          {t('workbench.refresh')}
        </Button>
      </Flex>

      {countError ? (
        <Alert
          type="error"
          showIcon
          title={t('workbench.loadFailed')}
          description={errorText(countError)}
          style={{ marginBottom: 12 }}
        />
      ) : null}

      <Row gutter={[12, 12]}>
        {TASKS.map((task) => (
          <Col key={task} xs={12} sm={8} md={6} xl={3}>
            <TaskCard
              task={task}
              count={counts.data?.counts[task]}
              loading={counts.loading && !counts.data}
            />
          </Col>
        ))}
      </Row>

      <Card
        size="small"
        style={{ marginTop: 16 }}
        title={
          <Flex align="baseline" gap={8} wrap>
            <span>{t('workbench.urgent')}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
              {t('workbench.urgentHint')}
            </Typography.Text>
          </Flex>
        }
        extra={
          <Button type="link" size="small" onClick={() => navigate(casesPath({ task: 'overdue' }))}>
            {t('workbench.viewAll')}
          </Button>
        }
      >
        {urgent.error ? (
          <Alert
            type="error"
            showIcon
            title={t('workbench.loadFailed')}
            description={errorText(urgent.error)}
          />
        ) : urgent.loading && !urgent.data ? (
          <Skeleton active paragraph={{ rows: 4 }} />
        ) : urgent.data && urgent.data.length > 0 ? (
          <Table<CaseSummary>
            data-testid="workbench-urgent"
            size="small"
            rowKey="id"
            pagination={false}
            loading={urgent.loading}
            scroll={{ x: 900 }}
            columns={caseColumns(
              ['number', 'title', 'grid', 'status', 'warning', 'deadline', 'reportedAt'],
              t,
              locale,
            )}
            dataSource={urgent.data}
            onRow={(row) => ({ onClick: () => navigate(casePath(row)), style: { cursor: 'pointer' } })}
          />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workbench.urgentEmpty')} />
        )}
      </Card>
    </div>
  );
}
