import { Button, Dialog, Toast } from 'antd-mobile';
import { useState } from 'react';
import { renewTrackingLink } from '../api/session.ts';
import { useT } from '../i18n/context.ts';
import { useErrorText } from '../i18n/useErrorText.ts';
import { useSession } from '../session/context.ts';
import { TrackingLinkCard } from './TrackingLinkCard.tsx';

/**
 * For anonymous residents: their private link, or (when this phone no longer has it) a new one on
 * request; the old links stop working then.
 */
export function AnonymousLink() {
  const t = useT();
  const errorText = useErrorText();
  const { session, setTrackingPath } = useSession();
  const [busy, setBusy] = useState(false);
  if (session?.kind !== 'anonymous') return null;
  if (session.trackingPath) return <TrackingLinkCard path={session.trackingPath} compact />;

  const renew = async () => {
    const ok = await Dialog.confirm({
      title: t('tracking.renewTitle'),
      content: t('tracking.renewExplain'),
      confirmText: t('tracking.renewConfirm'),
      cancelText: t('common.cancel'),
    });
    if (!ok) return;
    setBusy(true);
    try {
      setTrackingPath(await renewTrackingLink());
    } catch (caught) {
      Toast.show({ content: errorText(caught) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="m-card" data-testid="tracking-renew-card">
      <h3>{t('tracking.title')}</h3>
      <p className="m-muted" style={{ margin: '0 0 10px' }}>
        {t('tracking.missing')}
      </p>
      <Button
        block
        color="primary"
        fill="outline"
        loading={busy}
        onClick={() => void renew()}
        data-testid="tracking-renew"
      >
        {t('tracking.renew')}
      </Button>
    </section>
  );
}
