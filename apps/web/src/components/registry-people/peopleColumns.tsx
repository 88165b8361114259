import { type TableColumnsType, Tag, Typography } from 'antd';
import type { MouseEvent } from 'react';
import type { PersonListItem } from '../../api/registry.ts';
import { formatChinaTime } from '../../cases/time.ts';
import type { Locale, Translate } from '../../i18n/messages.ts';
import { navigate } from '../../router/router.ts';
import { ageOf, RESIDENCY_COLORS, residencyLabel, sexLabel } from './personLabels.ts';

export const personPath = (id: string): string => `/registry/people/${id}`;

/** Opens a person in the app, leaving modified clicks (new tab, …) to the browser. */
export function openPerson(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  event.stopPropagation();
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(personPath(id));
}

const mono = { fontFamily: 'monospace', whiteSpace: 'nowrap' } as const;

/** The widths above add up to this, plus room for the address (the table scrolls inside below it). */
export const peopleTableWidth = (deleted: boolean): number => (deleted ? 1300 : 1160);

/** The columns of the people list; numbers as the server masked them. */
export function peopleColumns(
  t: Translate,
  locale: Locale,
  tagName: (code: string) => string,
  deleted: boolean,
): TableColumnsType<PersonListItem> {
  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  return [
    {
      key: 'name',
      title: t('people.col.name'),
      dataIndex: 'name',
      width: 110,
      fixed: 'left',
      render: (name: string, row) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          <a
            href={personPath(row.id)}
            onClick={(event) => openPerson(event, row.id)}
            data-testid="people-row-name"
          >
            {name}
          </a>
          {row.partyMember ? (
            <Tag color="red" variant="filled" style={{ marginInlineStart: 6, marginInlineEnd: 0 }}>
              {t('people.party')}
            </Tag>
          ) : null}
        </span>
      ),
    },
    {
      key: 'sex',
      title: t('people.col.sex'),
      dataIndex: 'sex',
      width: 52,
      render: (sex: string | null) => sexLabel(sex, locale) || dash,
    },
    {
      key: 'birthDate',
      title: t('people.col.birthDate'),
      dataIndex: 'birthDate',
      width: 134,
      render: (birthDate: string | null) => {
        if (!birthDate) return dash;
        const age = ageOf(birthDate);
        return (
          <span style={{ whiteSpace: 'nowrap' }}>
            {birthDate}
            {age === null ? null : (
              <Typography.Text type="secondary">{` ${t('people.age', { age })}`}</Typography.Text>
            )}
          </span>
        );
      },
    },
    {
      key: 'idNumber',
      title: t('people.col.idNumber'),
      dataIndex: 'idNumberMasked',
      width: 172,
      render: (masked: string) => (
        <span style={mono} data-testid="people-row-id">
          {masked}
        </span>
      ),
    },
    {
      key: 'phone',
      title: t('people.col.phone'),
      dataIndex: 'phoneMasked',
      width: 120,
      render: (masked: string | null) => (masked ? <span style={mono}>{masked}</span> : dash),
    },
    {
      key: 'residencyType',
      title: t('people.col.residencyType'),
      dataIndex: 'residencyType',
      width: 90,
      render: (type: string) => (
        <Tag color={RESIDENCY_COLORS[type] ?? 'default'} style={{ marginInlineEnd: 0 }}>
          {residencyLabel(type, locale)}
        </Tag>
      ),
    },
    {
      key: 'grid',
      title: t('people.col.grid'),
      dataIndex: ['grid', 'name'],
      width: 140,
      ellipsis: { showTitle: true },
    },
    {
      key: 'address',
      title: t('people.col.address'),
      dataIndex: 'address',
      ellipsis: { showTitle: true },
      render: (address: string | null) => address || dash,
    },
    {
      key: 'tags',
      title: t('people.col.tags'),
      dataIndex: 'tags',
      width: 150,
      render: (tags: string[]) =>
        tags.length ? (
          <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 4 }}>
            {tags.map((code) => (
              <Tag key={code} color="gold" style={{ marginInlineEnd: 0 }}>
                {tagName(code)}
              </Tag>
            ))}
          </span>
        ) : (
          dash
        ),
    },
    ...(deleted
      ? [
          {
            key: 'deletedAt',
            title: t('people.col.deletedAt'),
            dataIndex: 'deletedAt',
            width: 132,
            render: (at: string | null) => formatChinaTime(at),
          },
        ]
      : []),
  ];
}
