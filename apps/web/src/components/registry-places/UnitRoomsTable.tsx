import { EditOutlined, UsergroupAddOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { type HouseholdView, type RoomView, revealRoomOwnerPhone } from '../../api/registryHousing.ts';
import { formatNumber } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useT.ts';
import { MaskedNumber } from '../MaskedNumber.tsx';
import { AppLink } from './AppLink.tsx';
import { dict } from './labels.ts';
import { RoomHouseholds } from './RoomHouseholds.tsx';

const RENTAL_COLOR: Record<string, string> = {
  rented: 'orange',
  shared: 'gold',
  vacant: 'default',
  owner: 'green',
};

function Owner({ room, canReveal }: { room: RoomView; canReveal: boolean }) {
  const { t } = useI18n();
  const { personId, name, phoneMasked } = room.owner;
  if (!name && !phoneMasked) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex vertical>
      {name ? (
        personId ? (
          <AppLink to={`/registry/people/${personId}`}>{name}</AppLink>
        ) : (
          <span>{name}</span>
        )
      ) : null}
      <MaskedNumber
        masked={phoneMasked}
        canReveal={canReveal}
        title={t('places.reveal.title', { what: t('places.room.ownerPhone') })}
        hint={t('places.reveal.reasonHint')}
        reveal={async (reason) => (await revealRoomOwnerPhone(room.id, reason)).value}
        testId={`room-${room.roomNo}-owner-phone`}
      />
    </Flex>
  );
}

/** The rooms of one stairway unit: use, area, rental, owner (phone masked), households and members. */
export function UnitRoomsTable({
  rooms,
  can,
  onEdit,
  onAddHousehold,
  onSetHead,
}: {
  rooms: RoomView[];
  can: { edit: boolean; reveal: boolean };
  onEdit: (room: RoomView) => void;
  onAddHousehold: (room: RoomView) => void;
  onSetHead: (room: RoomView, household: HouseholdView) => void;
}) {
  const { t, locale } = useI18n();
  const columns: TableColumnsType<RoomView> = [
    {
      title: t('places.room.roomNo'),
      dataIndex: 'roomNo',
      width: 80,
      fixed: 'start',
      render: (roomNo: string) => <Typography.Text strong>{roomNo}</Typography.Text>,
    },
    {
      title: t('places.room.floor'),
      dataIndex: 'floor',
      width: 56,
      align: 'right',
      render: (floor: number | null) => floor ?? '—',
    },
    {
      title: t('places.room.use'),
      dataIndex: 'use',
      width: 100,
      render: (use: string) => dict('roomUse', use, locale),
    },
    {
      title: t('places.room.area'),
      dataIndex: 'areaM2',
      width: 92,
      align: 'right',
      render: (area: number | null) => (area == null ? '—' : `${formatNumber(locale, area, 2)} m²`),
    },
    {
      title: t('places.room.rental'),
      dataIndex: 'rentalStatus',
      width: 92,
      render: (status: string | null) =>
        status ? <Tag color={RENTAL_COLOR[status]}>{dict('rentalStatus', status, locale)}</Tag> : '—',
    },
    {
      title: t('places.room.owner'),
      key: 'owner',
      width: 200,
      render: (_v, room) => <Owner room={room} canReveal={can.reveal} />,
    },
    {
      title: t('places.room.households'),
      key: 'households',
      render: (_v, room) => (
        <RoomHouseholds room={room} canEdit={can.edit} onSetHead={(h) => onSetHead(room, h)} />
      ),
    },
    ...(can.edit
      ? [
          {
            title: t('places.actions'),
            key: 'actions',
            width: 150,
            render: (_v: unknown, room: RoomView) => (
              <Flex vertical align="start">
                <Button
                  type="link"
                  size="small"
                  icon={<EditOutlined />}
                  onClick={() => onEdit(room)}
                  data-testid={`room-${room.roomNo}-edit`}
                >
                  {t('places.edit')}
                </Button>
                <Button
                  type="link"
                  size="small"
                  icon={<UsergroupAddOutlined />}
                  onClick={() => onAddHousehold(room)}
                  data-testid={`room-${room.roomNo}-add-household`}
                >
                  {t('places.household.add')}
                </Button>
              </Flex>
            ),
          },
        ]
      : []),
  ];
  return (
    <Table<RoomView>
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={rooms}
      pagination={false}
      scroll={{ x: 1080 }}
      locale={{
        emptyText: (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={can.edit ? t('places.room.emptyEdit') : t('places.room.empty')}
          />
        ),
      }}
    />
  );
}
