import { Button } from 'antd-mobile';
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/http.ts';
import { linkLogin } from '../api/session.ts';
import { LoadError } from '../components/LoadError.tsx';
import { Loading } from '../components/Loading.tsx';
import { Page } from '../components/Page.tsx';
import { useT } from '../i18n/context.ts';
import { go } from '../router.ts';
import { useSession } from '../session/context.ts';

/** /m/t/<token>: an anonymous resident's private link signs them in, then shows their cases. */
export default function TrackingLinkPage({ token }: { token: string }) {
  const t = useT();
  const { signedIn } = useSession();
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const started = useRef<number | null>(null);

  useEffect(() => {
    // Once per attempt (StrictMode runs effects twice in development).
    if (started.current === attempt) return;
    started.current = attempt;
    setError(null);
    linkLogin(token).then(
      (session) => {
        signedIn(session);
        // Off the address bar: the token stays out of the history and of screenshots.
        go('/cases', { replace: true });
      },
      (caught: unknown) => setError(caught),
    );
  }, [token, attempt, signedIn]);

  // An unknown or disabled link stays so: only a failed connection is worth another try.
  const final =
    error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 429;
  return (
    <Page title={t('tracking.pageTitle')} backTo="/">
      {error ? (
        <div className="m-stack" data-testid="tracking-error">
          <LoadError error={error} onRetry={final ? undefined : () => setAttempt((n) => n + 1)} />
          {final ? <p className="m-muted">{t('tracking.badLinkHint')}</p> : null}
          <Button block onClick={() => go('/', { replace: true })}>
            {t('tracking.home')}
          </Button>
        </div>
      ) : (
        <>
          <Loading />
          <p className="m-muted" style={{ textAlign: 'center' }} data-testid="tracking-signing-in">
            {t('tracking.signingIn')}
          </p>
        </>
      )}
    </Page>
  );
}
