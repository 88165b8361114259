import { type DictionaryName, dictLabel } from '@wangge/domain/registry';
import { Button, Empty, Flex, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import type { HistoryEntry } from '../../api/registry.ts';
import { formatChinaTime } from '../../cases/time.ts';
import type { Locale, MessageKey, Translate } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useT.ts';
import { fieldLabel } from './personLabels.ts';

type Change = HistoryEntry['changes'][number];

/** Fields holding a dictionary code, and their dictionary. */
const DICT_FIELDS: Record<string, DictionaryName> = {
  idType: 'idDocumentType',
  sex: 'sex',
  ethnicity: 'ethnicity',
  maritalStatus: 'maritalStatus',
  politicalStatus: 'politicalStatus',
  education: 'education',
  religion: 'religion',
  residencyType: 'residencyType',
  migrantReason: 'migrantReason',
  permitType: 'permitType',
  relationToHead: 'relationToHead',
};
/** Fields holding another record's id: that it changed is what the history can say. */
const REF_FIELDS = new Set(['gridId', 'roomId', 'householdId']);
const KNOWN_ACTIONS = ['create', 'update', 'delete', 'restore', 'tag', 'untag', 'import'];
/** Without a click, a registration's many fields fold after these. */
const FOLDED = 6;

const ACTION_COLORS: Record<string, string> = {
  delete: 'red',
  restore: 'green',
  create: 'green',
  import: 'green',
  update: 'blue',
  tag: 'orange',
};

function valueText(
  field: string,
  value: unknown,
  t: Translate,
  locale: Locale,
  tagName: (code: string) => string,
): string {
  if (value === null || value === undefined || value === '') return t('people.history.empty');
  if (typeof value === 'boolean') return value ? t('people.yes') : t('people.no');
  if (field === 'tags' && Array.isArray(value))
    return value.length ? value.map((code) => tagName(String(code))).join('、') : t('people.history.empty');
  const dictionary = DICT_FIELDS[field];
  if (dictionary && typeof value === 'string') return dictLabel(dictionary, value, locale);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
}

function ChangeLine({
  change,
  tagName,
  newOnly,
}: {
  change: Change;
  tagName: (code: string) => string;
  /** A registration: every old value is nothing. */
  newOnly: boolean;
}) {
  const { t, locale } = useI18n();
  const label = fieldLabel(change.field, t);
  return (
    <div style={{ fontSize: 13 }} data-testid="history-change" data-field={change.field}>
      <Typography.Text type="secondary">
        {label}
        {t('people.colon')}
      </Typography.Text>
      {REF_FIELDS.has(change.field) ? (
        <Typography.Text>
          {change.new ? t('people.history.refChanged') : t('people.history.refCleared')}
        </Typography.Text>
      ) : (
        <>
          {newOnly ? null : (
            <>
              <Typography.Text delete type="secondary">
                {valueText(change.field, change.old, t, locale, tagName)}
              </Typography.Text>
              {' → '}
            </>
          )}
          <Typography.Text>{valueText(change.field, change.new, t, locale, tagName)}</Typography.Text>
        </>
      )}
      {change.masked ? (
        <Tag style={{ marginInlineStart: 6 }} data-testid="history-masked">
          {t('people.history.masked')}
        </Tag>
      ) : null}
    </div>
  );
}

function EntryView({ entry, tagName }: { entry: HistoryEntry; tagName: (code: string) => string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const action = entry.action.replace(/^person\./, '');
  const title = KNOWN_ACTIONS.includes(action)
    ? t(`people.history.action.${action}` as MessageKey)
    : entry.action;
  // A registration lists every field from nothing: only the new values say anything.
  const newOnly = (action === 'create' || action === 'import') && entry.changes.every((c) => c.old == null);
  const changes = entry.changes;
  const shown = open ? changes : changes.slice(0, FOLDED);
  return (
    <div data-testid="history-entry" data-action={entry.action}>
      <Flex gap={8} wrap align="baseline">
        <Typography.Text strong>{title}</Typography.Text>
        <Typography.Text type="secondary">{entry.actorName ?? t('people.history.system')}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatChinaTime(entry.at)}
        </Typography.Text>
      </Flex>
      {entry.reason ? (
        <div style={{ fontSize: 13 }}>
          <Typography.Text type="secondary">
            {t('people.history.reason')}
            {t('people.colon')}
          </Typography.Text>
          {entry.reason}
        </div>
      ) : null}
      {shown.map((change) => (
        <ChangeLine key={change.field} change={change} tagName={tagName} newOnly={newOnly} />
      ))}
      {changes.length > FOLDED ? (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setOpen((o) => !o)}>
          {open ? t('people.history.fold') : t('people.history.more', { count: changes.length - FOLDED })}
        </Button>
      ) : null}
    </div>
  );
}

/** Who changed what and when, newest first; personal numbers only ever as masks. */
export function PersonHistory({
  items,
  tagName,
}: {
  items: HistoryEntry[];
  tagName: (code: string) => string;
}) {
  const { t } = useI18n();
  if (items.length === 0)
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t('people.history.none')}
        style={{ margin: 0 }}
      />
    );
  return (
    <Timeline
      data-testid="person-history"
      style={{ marginTop: 8 }}
      items={items.map((entry, index) => {
        const action = entry.action.replace(/^person\./, '');
        return {
          key: `${entry.at}-${index}`,
          color: ACTION_COLORS[action] ?? 'gray',
          content: <EntryView entry={entry} tagName={tagName} />,
        };
      })}
    />
  );
}
