import { NavBar } from 'antd-mobile';
import { type ReactNode, useEffect } from 'react';
import { useT } from '../i18n/context.ts';
import { goBack } from '../router.ts';
import { BottomTabs, type TabKey } from './BottomTabs.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';

interface Props {
  title: ReactNode;
  /** Where the back arrow leads when the page was opened directly; no arrow without it. */
  backTo?: string;
  /** The bottom tab bar, with this tab selected. */
  tab?: TabKey;
  right?: ReactNode;
  children: ReactNode;
}

/** Every resident page: a NavBar (back, title, language), the content, and the tab bar on top-level pages. */
export function Page({ title, backTo, tab, right, children }: Props) {
  const t = useT();
  useEffect(() => {
    if (typeof title === 'string') document.title = title;
  }, [title]);
  return (
    <div className={tab ? 'm-page with-tabs' : 'm-page'}>
      <header className="m-nav">
        <NavBar
          back={backTo !== undefined ? <span className="m-visually-hidden">{t('common.back')}</span> : null}
          onBack={backTo !== undefined ? () => goBack(backTo) : undefined}
          right={right ?? <LanguageSwitch />}
        >
          {title}
        </NavBar>
      </header>
      <main className="m-body">{children}</main>
      {tab ? <BottomTabs active={tab} /> : null}
    </div>
  );
}
