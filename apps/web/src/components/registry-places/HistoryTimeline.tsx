import { Empty, Tag, Timeline, Typography } from 'antd';
import type { HistoryEntry } from '../../api/registryOrgs.ts';
import { formatChinaTime } from '../../cases/time.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useT.ts';

type Change = HistoryEntry['changes'][number];

const ACTIONS = new Set(['create', 'update', 'delete', 'restore', 'import']);
const FIELDS = new Set([
  'name',
  'kind',
  'uscc',
  'legalRepName',
  'legalRepIdNumber',
  'contactName',
  'contactPhone',
  'address',
  'buildingCode',
  'building',
  'gridCode',
  'grid',
  'employees',
  'hasPartyOrg',
  'partyMembers',
]);

function colorOf(action: string): string {
  if (action.endsWith('.delete')) return 'red';
  if (action.endsWith('.create') || action.endsWith('.restore')) return 'green';
  return 'blue';
}

function ChangeLine({ change }: { change: Change }) {
  const { t } = useI18n();
  const name = FIELDS.has(change.field)
    ? t(`places.history.field.${change.field}` as MessageKey)
    : change.field;
  const show = (value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('places.history.empty');
    if (typeof value === 'boolean') return value ? t('places.yes') : t('places.no');
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  };
  const wasEmpty = change.old === null || change.old === undefined || change.old === '';
  return (
    <div style={{ fontSize: 13 }} data-testid="history-change">
      <Typography.Text type="secondary">{name}：</Typography.Text>
      {wasEmpty ? null : (
        <>
          <Typography.Text delete type="secondary">
            {show(change.old)}
          </Typography.Text>
          {' → '}
        </>
      )}
      <Typography.Text>{show(change.new)}</Typography.Text>
      {change.masked ? (
        <Tag style={{ marginInlineStart: 6 }} bordered={false}>
          {t('places.history.masked')}
        </Tag>
      ) : null}
    </div>
  );
}

/** Who changed a record, when, what (numbers as masks only) and why; newest first. */
export function HistoryTimeline({
  items,
  labelOf,
}: {
  items: HistoryEntry[];
  /** Turns a stored value into its label (e.g. a kind code into 企业). */
  labelOf?: (field: string, value: unknown) => string | null;
}) {
  const { t } = useI18n();
  if (items.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('places.history.none')} />;
  return (
    <Timeline
      data-testid="history"
      items={items.map((entry, i) => {
        const verb = entry.action.split('.').pop() ?? entry.action;
        return {
          key: `${entry.at}-${i}`,
          color: colorOf(entry.action),
          content: (
            <div>
              <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'baseline' }}>
                <Typography.Text strong>
                  {ACTIONS.has(verb) ? t(`places.history.action.${verb}` as MessageKey) : entry.action}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {entry.actorName ?? t('places.history.system')}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatChinaTime(entry.at)}
                </Typography.Text>
              </div>
              {entry.changes.map((change) => (
                <ChangeLine
                  key={change.field}
                  change={
                    labelOf
                      ? {
                          ...change,
                          old: labelOf(change.field, change.old) ?? change.old,
                          new: labelOf(change.field, change.new) ?? change.new,
                        }
                      : change
                  }
                />
              ))}
              {entry.reason ? (
                <div style={{ fontSize: 13 }}>
                  <Typography.Text type="secondary">{t('places.history.reason')}：</Typography.Text>
                  {entry.reason}
                </div>
              ) : null}
            </div>
          ),
        };
      })}
    />
  );
}
