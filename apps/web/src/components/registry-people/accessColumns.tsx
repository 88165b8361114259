import { type TableColumnsType, Tag, Typography } from 'antd';
import type { AccessEntry } from '../../api/registry.ts';
import { formatChinaTime } from '../../cases/time.ts';
import type { MessageKey, Translate } from '../../i18n/messages.ts';
import { navigate } from '../../router/router.ts';

/** Fields whose look the report names, by the record type that holds them. */
const FIELDS = ['idNumber', 'phone', 'legalRepIdNumber', 'contactPhone', 'ownerPhone'];

/** What was done: 查看身份证号, 查看电话 …, 导出名册. */
export function accessActionLabel(entry: AccessEntry, t: Translate): string {
  if (entry.action === 'registry.export') return t('accessReport.action.export');
  if (entry.action.endsWith('.reveal') && entry.field && FIELDS.includes(entry.field))
    return t(`accessReport.action.reveal.${entry.field}` as MessageKey);
  if (entry.action.endsWith('.reveal')) return t('accessReport.action.reveal');
  return entry.action;
}

const fieldText = (field: string | null, t: Translate) =>
  field && FIELDS.includes(field) ? t(`accessReport.field.${field}` as MessageKey) : (field ?? '—');

function subjectPath(entry: AccessEntry): string | null {
  if (!entry.subjectId) return null;
  if (entry.subjectType === 'person') return `/registry/people/${entry.subjectId}`;
  if (entry.subjectType === 'organisation') return `/registry/organisations/${entry.subjectId}`;
  return null;
}

export function accessColumns(t: Translate): TableColumnsType<AccessEntry> {
  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  return [
    {
      key: 'at',
      title: t('accessReport.col.at'),
      dataIndex: 'at',
      width: 140,
      render: (at: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatChinaTime(at)}</span>,
    },
    {
      key: 'actor',
      title: t('accessReport.col.actor'),
      dataIndex: 'actorName',
      width: 110,
      ellipsis: { showTitle: true },
      render: (name: string | null) => name ?? dash,
    },
    {
      key: 'action',
      title: t('accessReport.col.action'),
      width: 150,
      render: (_, entry) => (
        <Tag color={entry.action === 'registry.export' ? 'purple' : 'orange'} data-testid="access-action">
          {accessActionLabel(entry, t)}
        </Tag>
      ),
    },
    {
      key: 'subject',
      title: t('accessReport.col.subject'),
      width: 240,
      render: (_, entry) => {
        if (entry.action === 'registry.export')
          return entry.rows === null ? dash : t('accessReport.rows', { rows: entry.rows });
        const path = subjectPath(entry);
        const name = entry.subjectName ?? t('accessReport.unknownSubject');
        return (
          <span style={{ whiteSpace: 'nowrap' }}>
            {path ? (
              <a
                href={path}
                onClick={(event) => {
                  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
                  event.preventDefault();
                  navigate(path);
                }}
                data-testid="access-subject"
              >
                {name}
              </a>
            ) : (
              name
            )}
            {entry.subjectMasked ? (
              <Typography.Text type="secondary" style={{ fontFamily: 'monospace', marginInlineStart: 6 }}>
                {entry.subjectMasked}
              </Typography.Text>
            ) : null}
          </span>
        );
      },
    },
    {
      key: 'field',
      title: t('accessReport.col.field'),
      dataIndex: 'field',
      width: 100,
      render: (field: string | null) => (field ? fieldText(field, t) : dash),
    },
    {
      key: 'reason',
      title: t('accessReport.col.reason'),
      dataIndex: 'reason',
      ellipsis: { showTitle: true },
      render: (reason: string | null) => reason ?? dash,
    },
    {
      key: 'requestId',
      title: t('accessReport.col.requestId'),
      dataIndex: 'requestId',
      width: 130,
      render: (id: string | null) =>
        id ? (
          <Typography.Text
            copyable={{ text: id }}
            style={{ fontFamily: 'monospace', fontSize: 12, whiteSpace: 'nowrap' }}
            title={id}
          >
            {id.slice(0, 8)}…
          </Typography.Text>
        ) : (
          dash
        ),
    },
  ];
}
