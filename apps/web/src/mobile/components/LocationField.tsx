import { Button, Popup } from 'antd-mobile';
import { lazy, Suspense, useState } from 'react';
import { useT } from '../i18n/context.ts';
import { PinIcon } from './icons.tsx';
import { Loading } from './Loading.tsx';
import { type DeviceLocationProblem, devicePosition, formatCoord, type PickedLocation } from './location.ts';
import { Notice } from './Notice.tsx';
import { useGridName } from './useGridName.ts';

// MapLibre is loaded only when the resident opens the map.
const PickMap = lazy(() => import('./PickMap.tsx'));

interface Props {
  value: PickedLocation | null;
  onChange: (location: PickedLocation) => void;
  /** Marks the field when the server said the point is outside every community. */
  invalid?: boolean;
}

/** 问题位置: the phone's position or a point picked on the map, always saying which and in which system. */
export function LocationField({ value, onChange, invalid = false }: Props) {
  const t = useT();
  const [locating, setLocating] = useState(false);
  const [problem, setProblem] = useState<DeviceLocationProblem | null>(null);
  const [mapOpen, setMapOpen] = useState(false);
  const grid = useGridName(value);

  const locate = async () => {
    setLocating(true);
    setProblem(null);
    try {
      onChange(await devicePosition());
    } catch (caught) {
      setProblem(typeof caught === 'string' ? (caught as DeviceLocationProblem) : 'unavailable');
    } finally {
      setLocating(false);
    }
  };

  return (
    <div className="m-stack">
      <div className="m-location-buttons">
        <Button
          color="primary"
          fill="outline"
          loading={locating}
          onClick={() => void locate()}
          data-testid="report-locate-device"
        >
          {t('location.device')}
        </Button>
        <Button
          color="primary"
          fill="outline"
          onClick={() => setMapOpen(true)}
          data-testid="report-locate-map"
        >
          {t('location.map')}
        </Button>
      </div>
      {problem ? <Notice kind="warn">{t(`location.problem.${problem}`)}</Notice> : null}
      {value ? (
        <div
          className={invalid ? 'm-notice error' : 'm-notice info'}
          data-testid="report-location-status"
          data-source={value.source}
        >
          <div className="m-row" style={{ gap: 6, flexWrap: 'nowrap', alignItems: 'flex-start' }}>
            <PinIcon size={18} />
            <div className="m-break">
              <div>{t(value.source === 'device' ? 'location.fromDevice' : 'location.fromMap')}</div>
              <div style={{ fontSize: 13 }}>
                {formatCoord(value.lng)}, {formatCoord(value.lat)}
                {value.accuracyM ? ` · ${t('location.accuracy', { m: value.accuracyM })}` : ''}
              </div>
              <div style={{ fontSize: 13 }} data-testid="report-location-grid">
                {grid.loading
                  ? t('location.gridLoading')
                  : grid.name
                    ? t('location.grid', { name: grid.name })
                    : grid.nearest
                      ? t('location.nearGrid', { name: grid.nearest.name, m: grid.nearest.distanceM })
                      : grid.known
                        ? t('location.noGrid')
                        : ''}
              </div>
            </div>
          </div>
        </div>
      ) : (
        <div className="m-muted">{t('location.none')}</div>
      )}
      <Popup
        visible={mapOpen}
        onMaskClick={() => setMapOpen(false)}
        onClose={() => setMapOpen(false)}
        bodyStyle={{ borderTopLeftRadius: 12, borderTopRightRadius: 12, overflow: 'hidden' }}
        destroyOnClose
      >
        <div className="m-map-popup" data-testid="map-popup">
          <div className="m-popup-head">
            <span>{t('location.mapTitle')}</span>
            <button
              type="button"
              className="m-touch"
              onClick={() => setMapOpen(false)}
              style={{ border: 0, background: 'none', fontSize: 15, color: '#86909c' }}
            >
              {t('common.cancel')}
            </button>
          </div>
          <Suspense fallback={<Loading />}>
            <PickMap
              initial={value}
              onConfirm={(point) => {
                onChange({ lng: point.lng, lat: point.lat, source: 'map' });
                setMapOpen(false);
              }}
            />
          </Suspense>
        </div>
      </Popup>
    </div>
  );
}
