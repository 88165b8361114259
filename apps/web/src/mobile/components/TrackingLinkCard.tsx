import { Button, Toast } from 'antd-mobile';
import { copyText } from '../../browser/copyText.ts';
import { useT } from '../i18n/context.ts';
import { trackingUrl } from '../session/trackingLink.ts';

/** An anonymous resident's private link, prominent, with a copy button: the only way back to their cases. */
export function TrackingLinkCard({ path, compact = false }: { path: string; compact?: boolean }) {
  const t = useT();
  const url = trackingUrl(path);
  const copy = async () => {
    const ok = await copyText(url);
    Toast.show({ content: ok ? t('tracking.copied') : t('tracking.copyFailed'), position: 'bottom' });
  };
  return (
    <section
      className="m-card"
      style={{ border: '2px solid #1677ff' }}
      data-testid="tracking-card"
      aria-labelledby="m-tracking-title"
    >
      <h3 id="m-tracking-title">{t('tracking.title')}</h3>
      {compact ? null : <p style={{ margin: '0 0 8px', fontSize: 14 }}>{t('tracking.explain')}</p>}
      <div className="m-link-box" data-testid="tracking-link">
        {url}
      </div>
      <div className="m-row" style={{ marginTop: 10 }}>
        <Button color="primary" onClick={() => void copy()} data-testid="tracking-copy" style={{ flex: 1 }}>
          {t('tracking.copy')}
        </Button>
      </div>
      <p className="m-muted" style={{ margin: '8px 0 0' }}>
        {compact ? t('tracking.explainShort') : t('tracking.warning')}
      </p>
    </section>
  );
}
