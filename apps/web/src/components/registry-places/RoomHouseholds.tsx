import { Button, Flex, Tag, Typography } from 'antd';
import type { HouseholdMember, HouseholdView, RoomView } from '../../api/registryHousing.ts';
import { useI18n, useT } from '../../i18n/useT.ts';
import { AppLink } from './AppLink.tsx';
import { dict } from './labels.ts';

const personPath = (id: string) => `/registry/people/${id}`;

function Member({ member, head }: { member: HouseholdMember; head: boolean }) {
  const { t, locale } = useI18n();
  const relation = head ? t('places.household.head') : dict('relationToHead', member.relationToHead, locale);
  return (
    <span style={{ whiteSpace: 'nowrap' }} data-testid="household-member">
      <AppLink to={personPath(member.personId)}>{member.name}</AppLink>
      {head ? (
        <Tag color="blue" style={{ marginInlineStart: 4, marginInlineEnd: 0 }}>
          {relation}
        </Tag>
      ) : relation !== '—' ? (
        <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 2 }}>
          （{relation}）
        </Typography.Text>
      ) : null}
    </span>
  );
}

function Household({
  household,
  index,
  canEdit,
  onSetHead,
}: {
  household: HouseholdView;
  index: number;
  canEdit: boolean;
  onSetHead: () => void;
}) {
  const t = useT();
  return (
    <div data-testid="household">
      <Flex wrap gap={6} align="center">
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {household.householdNo
            ? t('places.household.numbered', { no: household.householdNo })
            : t('places.household.nth', { n: index + 1 })}
        </Typography.Text>
        {household.members.length === 0 ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('places.household.noMembers')}
          </Typography.Text>
        ) : (
          household.members.map((m) => (
            <Member key={m.personId} member={m} head={m.personId === household.headPersonId} />
          ))
        )}
        {canEdit && household.members.length > 0 ? (
          <Button type="link" size="small" onClick={onSetHead} data-testid="household-set-head">
            {household.headPersonId ? t('places.household.changeHead') : t('places.household.setHead')}
          </Button>
        ) : null}
      </Flex>
    </div>
  );
}

/** The households of a room with their members, and the people living there in no household. */
export function RoomHouseholds({
  room,
  canEdit,
  onSetHead,
}: {
  room: RoomView;
  canEdit: boolean;
  onSetHead: (household: HouseholdView) => void;
}) {
  const t = useT();
  if (room.households.length === 0 && room.residents.length === 0) {
    return (
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {canEdit ? t('places.room.nobodyEdit') : t('places.room.nobody')}
      </Typography.Text>
    );
  }
  return (
    <Flex vertical gap={2}>
      {room.households.map((h, i) => (
        <Household key={h.id} household={h} index={i} canEdit={canEdit} onSetHead={() => onSetHead(h)} />
      ))}
      {room.residents.length > 0 ? (
        <Flex wrap gap={6} align="center">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('places.room.residents')}
          </Typography.Text>
          {room.residents.map((m) => (
            <Member key={m.personId} member={m} head={false} />
          ))}
        </Flex>
      ) : null}
    </Flex>
  );
}
