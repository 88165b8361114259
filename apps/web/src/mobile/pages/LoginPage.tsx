import type { ResidentSession } from '../api/types.ts';
import { AnonymousSignIn } from '../components/AnonymousSignIn.tsx';
import { Page } from '../components/Page.tsx';
import { PhoneSignIn } from '../components/PhoneSignIn.tsx';
import { useT } from '../i18n/context.ts';
import { go, queryParam } from '../router.ts';
import { useSession } from '../session/context.ts';

/** An in-app path to return to (never another site). */
function safeNext(value: string | null): string | null {
  return value?.startsWith('/') && !value.startsWith('//') ? value : null;
}

/**
 * 身份验证: phone and SMS code, or anonymous. Shown at /login, and in place of any page that needs
 * a resident (`next` is then that page, which shows itself once signed in).
 */
export function LoginPage({ next }: { next?: string }) {
  const t = useT();
  const { signedIn } = useSession();
  const target = next ?? safeNext(queryParam('next')) ?? '/';

  const done = (session: ResidentSession) => {
    signedIn(session);
    if (!next) go(target, { replace: true });
  };

  return (
    <Page title={t('login.title')} backTo="/">
      <div data-testid="login-page">
        {target === '/report' ? <p className="m-muted">{t('login.reportNeedsIdentity')}</p> : null}
        <section className="m-card">
          <h3>{t('login.phoneTitle')}</h3>
          <PhoneSignIn onSignedIn={done} />
        </section>
        <section className="m-card">
          <h3>{t('login.anonymousTitle')}</h3>
          <AnonymousSignIn forReport={target === '/report'} onSignedIn={done} />
        </section>
      </div>
    </Page>
  );
}
