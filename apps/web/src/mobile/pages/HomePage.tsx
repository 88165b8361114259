import { Badge, Button, Dialog } from 'antd-mobile';
import { AnonymousLink } from '../components/AnonymousLink.tsx';
import { BoardIcon, MineIcon, ReportIcon } from '../components/icons.tsx';
import { Page } from '../components/Page.tsx';
import { useT } from '../i18n/context.ts';
import { go } from '../router.ts';
import { useSession } from '../session/context.ts';

/** 首页: the three things residents come for, and who they are signed in as. */
export function HomePage() {
  const t = useT();
  const { state, session, signOut, unread } = useSession();

  const confirmSignOut = async () => {
    const ok = await Dialog.confirm({
      title: t('home.signOutTitle'),
      content: session?.kind === 'anonymous' ? t('home.signOutAnonymous') : t('home.signOutConfirm'),
      confirmText: t('home.signOut'),
      cancelText: t('common.cancel'),
    });
    if (ok) await signOut();
  };

  const who =
    session === null
      ? t('home.signedOut')
      : session.kind === 'anonymous'
        ? t('home.anonymous')
        : (session.phoneMasked ?? session.displayName);

  return (
    <Page title={t('app.title')} tab="/">
      <section className="m-hero">
        <h1>{t('home.heading')}</h1>
        <p>{t('home.subheading')}</p>
      </section>

      <div className="m-big-buttons">
        <Button
          className="m-big-button"
          color="primary"
          block
          onClick={() => go('/report')}
          data-testid="home-report"
        >
          <span className="m-big-button-inner">
            <ReportIcon size={28} />
            <span>
              {t('home.report')}
              <small>{t('home.reportHint')}</small>
            </span>
          </span>
        </Button>
        <Button className="m-big-button" block onClick={() => go('/cases')} data-testid="home-cases">
          <span className="m-big-button-inner">
            <Badge content={unread > 0 ? unread : null}>
              <MineIcon size={28} />
            </Badge>
            <span>
              {t('home.myCases')}
              <small>{t('home.myCasesHint')}</small>
            </span>
          </span>
        </Button>
        <Button className="m-big-button" block onClick={() => go('/board')} data-testid="home-board">
          <span className="m-big-button-inner">
            <BoardIcon size={28} />
            <span>
              {t('home.board')}
              <small>{t('home.boardHint')}</small>
            </span>
          </span>
        </Button>
      </div>

      <section className="m-card">
        <div className="m-row" style={{ justifyContent: 'space-between' }}>
          <div>
            <div className="m-muted">{t('home.identity')}</div>
            <div data-testid="home-identity" style={{ fontSize: 16 }}>
              {state.status === 'loading' ? '…' : who}
            </div>
          </div>
          {session ? (
            <Button size="small" onClick={() => void confirmSignOut()} data-testid="home-signout">
              {t('home.signOut')}
            </Button>
          ) : state.status === 'signedOut' ? (
            <Button
              size="small"
              color="primary"
              fill="outline"
              onClick={() => go('/login')}
              data-testid="home-signin"
            >
              {t('home.signIn')}
            </Button>
          ) : null}
        </div>
        <p className="m-muted" style={{ margin: '8px 0 0' }}>
          {t('home.privacy')}
        </p>
      </section>

      <AnonymousLink />
    </Page>
  );
}
