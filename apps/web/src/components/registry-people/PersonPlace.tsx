import { dictLabel } from '@wangge/domain/registry';
import { Descriptions, Typography } from 'antd';
import type { MouseEvent } from 'react';
import type { PersonView } from '../../api/registry.ts';
import { useI18n } from '../../i18n/useT.ts';
import { navigate } from '../../router/router.ts';

const buildingPath = (code: string) => `/registry/buildings/${code}`;

/** Where the person lives: grid, community, and the room with a link to its building's registry. */
export function PersonPlace({ person }: { person: PersonView }) {
  const { t, locale } = useI18n();
  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  const address = person.address;
  const open = (event: MouseEvent<HTMLAnchorElement>, code: string) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(buildingPath(code));
  };
  return (
    <Descriptions
      size="small"
      column={1}
      data-testid="person-place"
      styles={{ label: { whiteSpace: 'nowrap' } }}
      items={[
        {
          key: 'grid',
          label: t('people.field.grid'),
          children: `${person.grid.name}（${person.grid.code}）`,
        },
        { key: 'community', label: t('people.field.community'), children: person.community.name },
        {
          key: 'room',
          label: t('people.field.room'),
          children: address ? (
            <a
              href={buildingPath(address.buildingCode)}
              onClick={(event) => open(event, address.buildingCode)}
              data-testid="person-building-link"
            >
              {t('people.roomLine', {
                building: address.buildingName,
                unit: address.unitNo,
                room: address.roomNo,
              })}
            </a>
          ) : (
            <Typography.Text type="secondary">{t('people.gridOnly')}</Typography.Text>
          ),
        },
        {
          key: 'household',
          label: t('people.field.household'),
          children:
            person.householdId && address ? (
              <a
                href={buildingPath(address.buildingCode)}
                onClick={(event) => open(event, address.buildingCode)}
              >
                {t('people.householdLink')}
              </a>
            ) : (
              dash
            ),
        },
        {
          key: 'relationToHead',
          label: t('people.field.relationToHead'),
          children: person.relationToHead ? dictLabel('relationToHead', person.relationToHead, locale) : dash,
        },
      ]}
    />
  );
}
