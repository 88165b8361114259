import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import type { CaseDetail } from '@wangge/contracts';
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Result,
  Row,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { type ReactNode, useCallback, useState } from 'react';
import { fetchCaseDetail, performCaseAction } from '../api/caseDetail.ts';
import { ApiError } from '../api/client.ts';
import {
  ACTION_LABELS,
  CHANNEL_LABELS,
  LEVEL_LABELS,
  label,
  STATUS_LABELS,
  WARNING_COLORS,
  WARNING_LABELS,
} from '../cases/labels.ts';
import { formatChinaTime } from '../cases/time.ts';
import { type ActionBody, ActionModal } from '../components/case-detail/ActionModal.tsx';
import { CaseMap } from '../components/case-detail/CaseMap.tsx';
import { CasePhotos } from '../components/case-detail/CasePhotos.tsx';
import { CaseTimeline } from '../components/case-detail/CaseTimeline.tsx';
import { StageTimeBar } from '../components/case-detail/StageTimeBar.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { useErrorText } from '../i18n/useErrorText.ts';
import { useI18n } from '../i18n/useT.ts';
import { navigate } from '../router/router.ts';

const STATUS_COLORS: Record<string, string> = {
  closed: 'green',
  rejected: 'default',
  merged: 'default',
  in_progress: 'processing',
  dispatched: 'blue',
};
const STAGES = ['accept', 'handle', 'verify', 'none'];
const ASSIGNMENT_STATES = ['dispatched', 'claimed', 'done', 'returned', 'withdrawn'];

/** One case: what it is, where, who has it, what happened, and what the user may do next. */
export default function CaseDetailPage({ id }: { id: string }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [reloadKey, setReloadKey] = useState(0);
  const reload = useCallback(() => setReloadKey((k) => k + 1), []);
  const { data, error, loading } = useAsync((signal) => fetchCaseDetail(id, signal), [id, reloadKey]);
  const current = data && data.id === id ? data : null;

  let body: ReactNode;
  if (!current && error) {
    const notFound = error instanceof ApiError && (error.status === 404 || error.code === 'CASE_NOT_FOUND');
    body = (
      <Result
        data-testid={notFound ? 'case-not-found' : 'case-load-failed'}
        status={notFound ? '404' : 'error'}
        title={notFound ? t('caseDetail.notFound') : t('caseDetail.loadFailed')}
        subTitle={notFound ? undefined : errorText(error)}
        extra={
          <Space>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/cases')}>
              {t('caseDetail.back')}
            </Button>
            {notFound ? null : (
              <Button type="primary" onClick={reload}>
                {t('caseDetail.retry')}
              </Button>
            )}
          </Space>
        }
      />
    );
  } else if (!current) {
    body = (
      <div style={{ padding: 80, display: 'grid', placeItems: 'center' }}>
        <Spin size="large" tip={t('caseDetail.loading')}>
          <div style={{ width: 200, height: 60 }} />
        </Spin>
      </div>
    );
  } else {
    body = <CaseView detail={current} loading={loading} onReload={reload} />;
  }

  return (
    <div style={{ flex: 1, minWidth: 0, overflow: 'auto', padding: 16, background: '#f5f7fa' }}>{body}</div>
  );
}

function CaseView({
  detail,
  loading,
  onReload,
}: {
  detail: CaseDetail;
  loading: boolean;
  onReload: () => void;
}) {
  const { locale, t } = useI18n();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [openAction, setOpenAction] = useState<string | null>(null);

  const submit = async (body: ActionBody): Promise<boolean> => {
    const actionName = label(ACTION_LABELS, body.type, locale);
    try {
      await performCaseAction(detail.id, { ...body, version: detail.version } as Parameters<
        typeof performCaseAction
      >[1]);
      message.success(t('caseDetail.action.success', { action: actionName }));
      onReload();
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CASE_VERSION_CONFLICT') {
        message.warning(t('caseDetail.action.conflict'));
        onReload();
        return true;
      }
      message.error(errorText(error));
      if (error instanceof ApiError && error.code === 'CASE_ACTION_NOT_ALLOWED') {
        onReload();
        return true;
      }
      return false;
    }
  };

  const stage = STAGES.includes(detail.stage) ? detail.stage : 'none';
  const stageName = t(`caseDetail.stage.${stage}` as MessageKey);

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card size="small">
        <div style={{ display: 'flex', alignItems: 'flex-start', gap: 12, flexWrap: 'wrap' }}>
          <Button
            icon={<ArrowLeftOutlined />}
            onClick={() => navigate('/cases')}
            aria-label={t('caseDetail.back')}
          />
          <div style={{ flex: 1, minWidth: 280 }}>
            <Typography.Text
              type="secondary"
              copyable
              style={{ fontFamily: 'monospace' }}
              data-testid="case-number"
            >
              {detail.number}
            </Typography.Text>
            <Typography.Title level={4} style={{ margin: '2px 0 8px' }}>
              {detail.title}
            </Typography.Title>
            <Space wrap size={[6, 6]}>
              <Tag color={STATUS_COLORS[detail.status] ?? 'orange'} data-testid="case-status">
                {label(STATUS_LABELS, detail.status, locale)}
              </Tag>
              <Tag data-testid="case-level">
                {t('caseDetail.level')}
                {t('caseDetail.colon')}
                {label(LEVEL_LABELS, detail.level, locale)}
              </Tag>
              <Tag>
                {t('caseDetail.channel')}
                {t('caseDetail.colon')}
                {label(CHANNEL_LABELS, detail.channel, locale)}
              </Tag>
              <Tag
                color={WARNING_COLORS[detail.warning] ?? 'default'}
                data-testid="case-warning"
                data-warning={detail.warning}
              >
                {t('caseDetail.warning')}
                {t('caseDetail.colon')}
                {label(WARNING_LABELS, detail.warning, locale)}
              </Tag>
              {detail.suspended ? <Tag color="default">{t('caseDetail.suspended')}</Tag> : null}
              {detail.pendingExtension ? <Tag color="purple">{t('caseDetail.pendingExtension')}</Tag> : null}
              {detail.outsideGrid ? <Tag color="volcano">{t('caseDetail.outsideGrid')}</Tag> : null}
            </Space>
          </div>
          <div style={{ textAlign: 'right' }}>
            <Typography.Text type="secondary">
              {stage === 'none' || !detail.stageDeadline
                ? t('caseDetail.noDeadline')
                : t('caseDetail.deadline', { stage: stageName })}
            </Typography.Text>
            {stage !== 'none' && detail.stageDeadline ? (
              <div
                style={{
                  fontSize: 18,
                  fontWeight: 600,
                  color: detail.warning === 'red' ? '#cf1322' : undefined,
                }}
                data-testid="case-deadline"
              >
                {formatChinaTime(detail.stageDeadline)}
              </div>
            ) : null}
            {stage !== 'none' ? <StageTimeBar detail={detail} t={t} /> : null}
            <Button size="small" type="link" icon={<ReloadOutlined />} loading={loading} onClick={onReload}>
              {t('caseDetail.reload')}
            </Button>
          </div>
        </div>
      </Card>

      <Row gutter={[12, 12]}>
        <Col xs={24} lg={16}>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <Card size="small" title={t('caseDetail.section.info')}>
              <InfoBlock detail={detail} />
            </Card>
            <Card size="small" title={t('caseDetail.section.assignments')}>
              <Assignments detail={detail} />
            </Card>
            <Card size="small" title={t('caseDetail.section.photos')}>
              <CasePhotos attachments={detail.attachments} />
            </Card>
          </Space>
        </Col>
        <Col xs={24} lg={8}>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <Card size="small" title={t('caseDetail.section.actions')}>
              {detail.allowedActions.length === 0 ? (
                <Typography.Text type="secondary">{t('caseDetail.actions.none')}</Typography.Text>
              ) : (
                <Space wrap>
                  {detail.allowedActions.map((type, index) => (
                    <Button
                      key={type}
                      type={index === 0 ? 'primary' : 'default'}
                      data-testid={`action-${type}`}
                      onClick={() => setOpenAction(type)}
                    >
                      {label(ACTION_LABELS, type, locale)}
                    </Button>
                  ))}
                </Space>
              )}
            </Card>
            <Card size="small" title={t('caseDetail.section.map')}>
              {detail.location ? (
                <CaseMap lng={detail.location.lng} lat={detail.location.lat} gridCode={detail.gridCode} />
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('caseDetail.map.none')} />
              )}
            </Card>
            <Card size="small" title={t('caseDetail.section.timeline')}>
              <CaseTimeline timeline={detail.timeline} />
            </Card>
          </Space>
        </Col>
      </Row>

      {openAction ? (
        <ActionModal
          key={openAction}
          type={openAction}
          caseId={detail.id}
          version={detail.version}
          gridCode={detail.gridCode}
          onSubmit={submit}
          onCancel={() => setOpenAction(null)}
        />
      ) : null}
    </Space>
  );
}

function InfoBlock({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  const empty = t('caseDetail.empty');
  const reporter = [detail.reporterName, detail.reporterPhone].filter(Boolean).join(' ');
  const grid = detail.gridName
    ? `${detail.gridName}${detail.gridCode ? ` (${detail.gridCode})` : ''}`
    : detail.gridCode;
  const category = detail.categoryName
    ? `${detail.categoryName}${detail.categoryCode ? ` (${detail.categoryCode})` : ''}`
    : detail.categoryCode;
  const items = [
    {
      key: 'description',
      label: t('caseDetail.field.description'),
      span: 'filled' as const,
      children: (
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
          {detail.description}
        </Typography.Paragraph>
      ),
    },
    { key: 'category', label: t('caseDetail.field.category'), children: category || empty },
    { key: 'address', label: t('caseDetail.field.address'), children: detail.address || empty },
    { key: 'reporter', label: t('caseDetail.field.reporter'), children: reporter || empty },
    { key: 'externalRef', label: t('caseDetail.field.externalRef'), children: detail.externalRef || empty },
    { key: 'grid', label: t('caseDetail.field.grid'), children: grid || empty },
    { key: 'microGrid', label: t('caseDetail.field.microGrid'), children: detail.microGridCode || empty },
    {
      key: 'reportedAt',
      label: t('caseDetail.field.reportedAt'),
      children: formatChinaTime(detail.reportedAt),
    },
    ...(detail.closedAt
      ? [
          {
            key: 'closedAt',
            label: t('caseDetail.field.closedAt'),
            children: formatChinaTime(detail.closedAt),
          },
        ]
      : []),
    ...(detail.masterNumber
      ? [{ key: 'masterNumber', label: t('caseDetail.field.masterNumber'), children: detail.masterNumber }]
      : []),
    ...(detail.evaluation
      ? [
          {
            key: 'evaluation',
            label: t('caseDetail.field.evaluation'),
            children: ['satisfied', 'basically_satisfied', 'dissatisfied'].includes(detail.evaluation)
              ? t(`caseDetail.rating.${detail.evaluation}` as MessageKey)
              : detail.evaluation,
          },
        ]
      : []),
    {
      key: 'counts',
      label: t('caseDetail.field.counts'),
      span: 'filled' as const,
      children: t('caseDetail.counts', {
        rework: detail.reworkCount,
        reopen: detail.reopenCount,
        returns: detail.returnCount,
        escalation: detail.escalationCount,
        supporters: detail.supporters,
      }),
    },
  ];
  return <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered items={items} />;
}

function Assignments({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  if (detail.assignments.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('caseDetail.assignment.none')} />;
  }
  // The lead first (the server lists them by role name, which puts assistants first).
  const ordered = [...detail.assignments].sort(
    (a, b) => Number(b.role === 'lead') - Number(a.role === 'lead'),
  );
  // claimedBy is a user id; the name is on the timeline's claim entry of that assignment.
  const claimers = new Map<string, string>();
  for (const entry of detail.timeline) {
    const payload = entry.payload as { assignmentId?: unknown } | null;
    if (entry.type === 'claim' && entry.actorName && typeof payload?.assignmentId === 'string') {
      claimers.set(payload.assignmentId, entry.actorName);
    }
  }
  return (
    <Table
      data-testid="case-assignments"
      size="small"
      pagination={false}
      rowKey="id"
      dataSource={ordered}
      columns={[
        {
          key: 'role',
          title: t('caseDetail.assignment.role'),
          width: 80,
          render: (_, a) => (
            <Tag color={a.role === 'lead' ? 'blue' : 'default'}>
              {a.role === 'lead' ? t('caseDetail.assignment.lead') : t('caseDetail.assignment.assist')}
            </Tag>
          ),
        },
        {
          key: 'name',
          title: t('caseDetail.assignment.name'),
          render: (_, a) => (a.code && a.kind === 'territory' ? `${a.name} (${a.code})` : a.name),
        },
        {
          key: 'state',
          title: t('caseDetail.assignment.state'),
          width: 110,
          render: (_, a) =>
            ASSIGNMENT_STATES.includes(a.state)
              ? t(`caseDetail.assignmentState.${a.state}` as MessageKey)
              : a.state,
        },
        {
          key: 'claimedBy',
          title: t('caseDetail.assignment.claimedBy'),
          render: (_, a) =>
            a.claimedBy
              ? (claimers.get(a.id) ?? t('caseDetail.assignmentState.claimed'))
              : t('caseDetail.empty'),
          width: 120,
        },
      ]}
    />
  );
}
