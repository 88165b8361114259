import { ArrowLeftOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Result } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/ApiError.ts';
import {
  downloadRoomsExport,
  fetchBuildingRegistry,
  type HouseholdView,
  type RoomView,
} from '../api/registryHousing.ts';
import { LoadErrorAlert } from '../components/LoadErrorAlert.tsx';
import { RegistryExportButton } from '../components/RegistryExportButton.tsx';
import { BuildingHeader } from '../components/registry-places/BuildingHeader.tsx';
import { HouseholdModal } from '../components/registry-places/HouseholdModal.tsx';
import { PageFrame } from '../components/registry-places/PageFrame.tsx';
import { RoomModal } from '../components/registry-places/RoomModal.tsx';
import { UnitRoomsTable } from '../components/registry-places/UnitRoomsTable.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useErrorText } from '../i18n/useErrorText.ts';
import { useT } from '../i18n/useT.ts';
import { navigate } from '../router/router.ts';

type Dialog =
  | { kind: 'addRoom'; unitNo?: number }
  | { kind: 'editRoom'; room: RoomView }
  | { kind: 'addHousehold'; room: RoomView }
  | { kind: 'setHead'; room: RoomView; household: HouseholdView };

/** /registry/buildings/:code: the rooms of a building by stairway unit, their owners and households. */
export default function BuildingRegistryPage({ code }: { code: string }) {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [reload, setReload] = useState(0);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const registry = useAsync((signal) => fetchBuildingRegistry(code, signal), [code, reload]);
  const refresh = () => setReload((n) => n + 1);
  const data = registry.data?.building.code === code ? registry.data : null;
  const back = data
    ? `/registry/housing?community=${data.building.community.code}&grid=${data.building.grid.code}`
    : '/registry/housing';

  const saved = (text: string) => {
    setDialog(null);
    message.success(text);
    refresh();
  };

  if (registry.error instanceof ApiError && registry.error.status === 404) {
    return (
      <Result
        status="404"
        title={t('places.building.notFound')}
        subTitle={errorText(registry.error)}
        extra={
          <Button onClick={() => navigate('/registry/housing')}>{t('places.housing.backToList')}</Button>
        }
        style={{ flex: 1 }}
      />
    );
  }

  const units = data?.units ?? [];
  const canEdit = data?.can.edit ?? false;

  return (
    <PageFrame
      title={
        <>
          <Button
            type="text"
            icon={<ArrowLeftOutlined />}
            aria-label={t('places.housing.backToList')}
            onClick={() => navigate(back)}
          />
          {data ? data.building.name : t('places.building.title')}
        </>
      }
      actions={
        <>
          <Button
            icon={<ReloadOutlined />}
            loading={registry.loading}
            onClick={refresh}
            aria-label={t('places.reload')}
          />
          <RegistryExportButton
            label={t('places.building.exportRooms')}
            hint={t('places.building.exportRoomsHint')}
            disabled={!data || data.totals.rooms === 0}
            download={(locale) => downloadRoomsExport(code, locale)}
            testId="rooms-export"
          />
          {canEdit ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              disabled={units.length === 0}
              onClick={() => setDialog({ kind: 'addRoom' })}
              data-testid="room-add"
            >
              {t('places.room.add')}
            </Button>
          ) : null}
        </>
      }
    >
      {registry.error ? <LoadErrorAlert error={registry.error} onRetry={refresh} /> : null}
      {data ? <BuildingHeader data={data} /> : registry.loading ? <Card loading /> : null}
      {data && !canEdit ? <Alert type="info" showIcon title={t('places.building.readOnly')} /> : null}
      {data && data.totals.rooms === 0 && canEdit ? (
        <Alert
          type="info"
          showIcon
          title={t('places.building.startHere')}
          description={t('places.building.startHereDetail')}
        />
      ) : null}
      {data && units.length === 0 ? <Empty description={t('places.building.noUnits')} /> : null}
      {units.map((unit) => (
        <Card
          key={unit.unitNo}
          size="small"
          data-testid={`unit-${unit.unitNo}`}
          title={t('places.unitTitle', {
            unitNo: unit.unitNo,
            rooms: unit.rooms.length,
            planned: unit.households,
          })}
          extra={
            canEdit ? (
              <Button
                size="small"
                icon={<PlusOutlined />}
                onClick={() => setDialog({ kind: 'addRoom', unitNo: unit.unitNo })}
              >
                {t('places.room.addHere')}
              </Button>
            ) : null
          }
          styles={{ body: { padding: 0 } }}
        >
          <UnitRoomsTable
            rooms={unit.rooms}
            can={data?.can ?? { edit: false, reveal: false }}
            onEdit={(room) => setDialog({ kind: 'editRoom', room })}
            onAddHousehold={(room) => setDialog({ kind: 'addHousehold', room })}
            onSetHead={(room, household) => setDialog({ kind: 'setHead', room, household })}
          />
        </Card>
      ))}
      {data && (dialog?.kind === 'addRoom' || dialog?.kind === 'editRoom') ? (
        <RoomModal
          buildingCode={code}
          units={units.map((u) => u.unitNo)}
          room={dialog.kind === 'editRoom' ? dialog.room : undefined}
          defaultUnit={dialog.kind === 'addRoom' ? dialog.unitNo : undefined}
          onClose={() => setDialog(null)}
          onSaved={(room) =>
            saved(
              t(dialog.kind === 'editRoom' ? 'places.room.updated' : 'places.room.created', {
                room: t('places.roomName', { unitNo: room.unitNo, roomNo: room.roomNo }),
              }),
            )
          }
        />
      ) : null}
      {dialog?.kind === 'addHousehold' || dialog?.kind === 'setHead' ? (
        <HouseholdModal
          room={dialog.room}
          household={dialog.kind === 'setHead' ? dialog.household : undefined}
          onClose={() => setDialog(null)}
          onSaved={() =>
            saved(dialog.kind === 'setHead' ? t('places.household.headSaved') : t('places.household.created'))
          }
        />
      ) : null}
    </PageFrame>
  );
}
