import { Button } from 'antd-mobile';
import { useState } from 'react';
import { startAnonymous } from '../api/session.ts';
import type { ResidentSession } from '../api/types.ts';
import { useT } from '../i18n/context.ts';
import { useErrorText } from '../i18n/useErrorText.ts';
import { Notice } from './Notice.tsx';

/** 匿名上报: no number left; the private link given after the report is the only way back. */
export function AnonymousSignIn({
  forReport,
  onSignedIn,
}: {
  forReport: boolean;
  onSignedIn: (session: ResidentSession) => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await startAnonymous());
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="m-stack">
      <div className="m-muted">{t('login.anonymousExplain')}</div>
      {error ? <Notice kind="error">{error}</Notice> : null}
      <Button block size="large" loading={busy} onClick={() => void start()} data-testid="login-anonymous">
        {forReport ? t('login.anonymousReport') : t('login.anonymousContinue')}
      </Button>
      <div className="m-muted">{t('login.haveLink')}</div>
    </div>
  );
}
