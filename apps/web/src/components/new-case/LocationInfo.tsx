import type { LocateResult } from '@wangge/contracts';
import { Button, Space, Spin, Typography } from 'antd';
import { useT } from '../../i18n/useT.ts';

/** What the clicked point falls in: grid and community, or "not in any grid". */
export function LocationInfo({
  point,
  result,
  loading,
  error,
  onClear,
}: {
  point: { lng: number; lat: number } | null;
  result: LocateResult | null;
  loading: boolean;
  error: string | null;
  onClear: () => void;
}) {
  const t = useT();
  if (!point) {
    return (
      <Typography.Text
        type="secondary"
        data-testid="new-case-location"
        style={{ display: 'block', marginTop: 8 }}
      >
        {t('newCase.map.none')}
      </Typography.Text>
    );
  }
  return (
    <div data-testid="new-case-location" style={{ marginTop: 8 }}>
      <Space size={[12, 2]} wrap>
        <Typography.Text type="secondary">
          {t('newCase.map.point', { lng: point.lng.toFixed(6), lat: point.lat.toFixed(6) })}
        </Typography.Text>
        <Button size="small" type="link" onClick={onClear} style={{ padding: 0 }}>
          {t('newCase.map.clear')}
        </Button>
      </Space>
      <div>
        {loading && (
          <Space size={6}>
            <Spin size="small" />
            <Typography.Text type="secondary">{t('newCase.map.locating')}</Typography.Text>
          </Space>
        )}
        {error && (
          <Typography.Text type="danger">{t('newCase.map.locateFailed', { message: error })}</Typography.Text>
        )}
        {result?.found && result.grid && (
          <Space size={[12, 2]} wrap>
            <Typography.Text strong>{t('newCase.map.inGrid', { grid: result.grid.name })}</Typography.Text>
            {result.community && (
              <Typography.Text>
                {t('newCase.map.community', { community: result.community.name })}
              </Typography.Text>
            )}
          </Space>
        )}
        {result && !(result.found && result.grid) && (
          <Space size={[12, 2]} wrap>
            <Typography.Text type="warning">{t('newCase.map.outside')}</Typography.Text>
            {result.nearest && (
              <Typography.Text type="secondary">
                {t('newCase.map.nearest', {
                  name: result.nearest.name,
                  distance: Math.round(result.nearest.distanceM),
                })}
              </Typography.Text>
            )}
          </Space>
        )}
      </div>
    </div>
  );
}
