import { SafeArea, TabBar } from 'antd-mobile';
import { useT } from '../i18n/context.ts';
import { go } from '../router.ts';
import { useSession } from '../session/context.ts';
import { BoardIcon, HomeIcon, MineIcon, ReportIcon } from './icons.tsx';

export type TabKey = '/' | '/report' | '/board' | '/cases';

/** 首页 · 上报 · 公示 · 我的 (with the unread notifications on 我的). */
export function BottomTabs({ active }: { active: TabKey }) {
  const t = useT();
  const { unread } = useSession();
  return (
    <nav className="m-tabbar" data-testid="tab-bar">
      <TabBar activeKey={active} onChange={(key) => go(key)} safeArea={false}>
        <TabBar.Item key="/" icon={<HomeIcon />} title={t('tab.home')} data-testid="tab-home" />
        <TabBar.Item key="/report" icon={<ReportIcon />} title={t('tab.report')} data-testid="tab-report" />
        <TabBar.Item key="/board" icon={<BoardIcon />} title={t('tab.board')} data-testid="tab-board" />
        <TabBar.Item
          key="/cases"
          icon={<MineIcon />}
          title={t('tab.mine')}
          badge={unread > 0 ? (unread > 99 ? '99+' : unread) : null}
          data-testid="tab-mine"
        />
      </TabBar>
      <SafeArea position="bottom" />
    </nav>
  );
}
