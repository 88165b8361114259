import type { CaseDetail } from '@wangge/contracts';
import { Empty, Tag, Timeline, Typography } from 'antd';
import { ACTION_LABELS, label, STATUS_LABELS, WARNING_LABELS } from '../../cases/labels.ts';
import { formatChinaTime } from '../../cases/time.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n, useT } from '../../i18n/useT.ts';

type Entry = CaseDetail['timeline'][number];

const TEXT_FIELDS = ['reason', 'result', 'note', 'comment', 'masterNumber'] as const;
const BOOL_FIELDS = ['exists', 'approve', 'pass', 'reached'] as const;

function colorOf(type: string): string {
  if (['reject', 'return', 'escalate', 'auto_escalate', 'supervise'].includes(type)) return 'red';
  if (['close', 'resolve_on_spot'].includes(type)) return 'green';
  if (['suspend', 'request_extension'].includes(type)) return 'gray';
  return 'blue';
}

function PayloadLines({ payload }: { payload: unknown }) {
  const { locale, t } = useI18n();
  if (typeof payload !== 'object' || payload === null) return null;
  const data = payload as Record<string, unknown>;
  const lines: Array<{ key: string; title: string; value: string }> = [];
  for (const field of BOOL_FIELDS) {
    if (typeof data[field] === 'boolean') {
      lines.push({
        key: field,
        title: t(`caseDetail.payload.${field}` as MessageKey),
        value: data[field] ? t('caseDetail.yes') : t('caseDetail.no'),
      });
    }
  }
  // 督办: which card the sweep raised.
  if (typeof data.warning === 'string') {
    lines.push({
      key: 'warning',
      title: t('caseDetail.warning'),
      value: label(WARNING_LABELS, data.warning, locale),
    });
  }
  if (typeof data.rating === 'string') {
    const known = ['satisfied', 'basically_satisfied', 'dissatisfied'].includes(data.rating);
    lines.push({
      key: 'rating',
      title: t('caseDetail.payload.rating'),
      value: known ? t(`caseDetail.rating.${data.rating}` as MessageKey) : data.rating,
    });
  }
  if (typeof data.decision === 'string') {
    const known = ['close', 'rework'].includes(data.decision);
    lines.push({
      key: 'decision',
      title: t('caseDetail.payload.decision'),
      value: known ? t(`caseDetail.decision.${data.decision}` as MessageKey) : data.decision,
    });
  }
  for (const field of TEXT_FIELDS) {
    const value = data[field];
    if (typeof value === 'string' && value.trim()) {
      lines.push({ key: field, title: t(`caseDetail.payload.${field}` as MessageKey), value });
    }
  }
  if (lines.length === 0) return null;
  return (
    <div style={{ marginTop: 2 }}>
      {lines.map((line) => (
        <div key={line.key} style={{ fontSize: 13 }}>
          <Typography.Text type="secondary">
            {line.title}
            {t('caseDetail.colon')}
          </Typography.Text>
          <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{line.value}</Typography.Text>
        </div>
      ))}
    </div>
  );
}

function EntryContent({ entry }: { entry: Entry }) {
  const { locale, t } = useI18n();
  const changed = entry.fromStatus !== null && entry.fromStatus !== entry.toStatus;
  return (
    <div data-testid="case-timeline-entry" data-action={entry.type}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'baseline' }}>
        <Typography.Text strong>{label(ACTION_LABELS, entry.type, locale)}</Typography.Text>
        <Typography.Text type="secondary">
          {entry.actorName ?? t('caseDetail.timeline.system')}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatChinaTime(entry.at)}
        </Typography.Text>
      </div>
      {changed ? (
        <Tag style={{ marginTop: 4 }}>
          {t('caseDetail.timeline.status', {
            from: label(STATUS_LABELS, entry.fromStatus ?? '', locale),
            to: label(STATUS_LABELS, entry.toStatus, locale),
          })}
        </Tag>
      ) : entry.fromStatus === null ? (
        <Tag style={{ marginTop: 4 }}>{label(STATUS_LABELS, entry.toStatus, locale)}</Tag>
      ) : null}
      <PayloadLines payload={entry.payload} />
    </div>
  );
}

/** The case's history, oldest first. */
export function CaseTimeline({ timeline }: { timeline: CaseDetail['timeline'] }) {
  const t = useT();
  if (timeline.length === 0) {
    return (
      <div data-testid="case-timeline">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('caseDetail.timeline.none')} />
      </div>
    );
  }
  const entries = [...timeline].sort((a, b) => a.seq - b.seq);
  return (
    <div data-testid="case-timeline">
      <Timeline
        items={entries.map((entry) => ({
          key: entry.seq,
          color: colorOf(entry.type),
          content: <EntryContent entry={entry} />,
        }))}
      />
    </div>
  );
}
