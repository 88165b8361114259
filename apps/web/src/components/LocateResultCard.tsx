import type { LocateResult } from '@wangge/contracts';
import { Alert, Button, Card, Descriptions, type DescriptionsProps, Spin, Tag } from 'antd';
import { useErrorText } from '../i18n/useErrorText.ts';
import { useI18n } from '../i18n/useT.ts';

const DASH = '—';

interface Props {
  result: LocateResult | null;
  loading: boolean;
  error: unknown;
  onClose: () => void;
}

/** Where the clicked point falls: grid, micro-grid, community… or the nearest grid when outside. */
export function LocateResultCard({ result, loading, error, onClose }: Props) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const rows = (found: LocateResult): DescriptionsProps['items'] => [
    {
      key: 'grid',
      label: t('locate.grid'),
      children: found.grid ? (
        <>
          {found.grid.name} <Tag>{t(`gridType.${found.grid.type}`)}</Tag>
        </>
      ) : (
        DASH
      ),
    },
    { key: 'microGrid', label: t('locate.microGrid'), children: found.microGrid?.name ?? DASH },
    { key: 'community', label: t('locate.community'), children: found.community?.name ?? DASH },
    { key: 'subdistrict', label: t('locate.subdistrict'), children: found.subdistrict?.name ?? DASH },
    { key: 'district', label: t('locate.district'), children: found.district?.name ?? DASH },
    {
      key: 'point',
      label: t('locate.point'),
      children: `${found.point.lng.toFixed(6)}, ${found.point.lat.toFixed(6)}`,
    },
  ];
  return (
    <Card
      size="small"
      title={t('locate.title')}
      extra={
        <Button size="small" type="text" onClick={onClose}>
          {t('common.close')}
        </Button>
      }
      style={{ position: 'absolute', right: 56, top: 12, width: 320, zIndex: 2 }}
      data-testid="locate-result"
    >
      {loading ? <Spin /> : null}
      {!loading && error ? <Alert type="error" showIcon title={errorText(error)} /> : null}
      {!loading && !error && result ? (
        <>
          {result.found ? null : (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 8 }}
              title={t('locate.notFound')}
              description={
                result.nearest
                  ? t('locate.nearest', {
                      name: result.nearest.name,
                      distance: Math.round(result.nearest.distanceM),
                    })
                  : (result.message ?? undefined)
              }
            />
          )}
          <Descriptions size="small" column={1} items={rows(result)} />
        </>
      ) : null}
    </Card>
  );
}
