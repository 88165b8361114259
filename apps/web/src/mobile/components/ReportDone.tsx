import { Button, Result } from 'antd-mobile';
import type { ReportResult } from '../api/types.ts';
import { useT } from '../i18n/context.ts';
import { go } from '../router.ts';
import { formatCoord } from './location.ts';
import { TrackingLinkCard } from './TrackingLinkCard.tsx';

/** After the report: its number, the grid it went to, the point as received, and for anonymous residents their private link. */
export function ReportDone({
  result,
  trackingPath,
  onAnother,
}: {
  result: ReportResult;
  trackingPath: string | null;
  onAnother: () => void;
}) {
  const t = useT();
  return (
    <div data-testid="report-done">
      <Result
        status="success"
        title={result.created ? t('done.title') : t('done.titleExisting')}
        description={t('done.explain')}
      />
      {trackingPath ? <TrackingLinkCard path={trackingPath} /> : null}
      <section className="m-card">
        <dl className="m-kv">
          <dt>{t('done.number')}</dt>
          <dd data-testid="report-done-number">{result.number}</dd>
          <dt>{t('done.grid')}</dt>
          <dd data-testid="report-done-grid">{result.gridName ?? t('done.noGrid')}</dd>
          <dt>{t('done.point')}</dt>
          <dd data-testid="report-done-point">
            {formatCoord(result.point.lng)}, {formatCoord(result.point.lat)}
            <div className="m-muted">{t('done.crs', { crs: crsLabel(result.receivedCrs) })}</div>
          </dd>
        </dl>
      </section>
      <div className="m-stack">
        <Button
          block
          color="primary"
          size="large"
          onClick={() => go(`/cases/${result.number}`)}
          data-testid="report-done-open"
        >
          {t('done.open')}
        </Button>
        <Button block onClick={onAnother} data-testid="report-done-another">
          {t('done.another')}
        </Button>
      </div>
    </div>
  );
}

/** WGS84 → WGS-84, GCJ02 → GCJ-02, as people write them. */
export function crsLabel(crs: string): string {
  return crs.replace(/^(WGS|GCJ|BD)(\d+)$/, '$1-$2');
}
