import { Badge, Tabs } from 'antd-mobile';
import { useT } from '../i18n/context.ts';
import { go } from '../router.ts';
import { useSession } from '../session/context.ts';

/** 我的: my cases | notifications (with the unread count). */
export function MineTabs({ active }: { active: '/cases' | '/messages' }) {
  const t = useT();
  const { unread } = useSession();
  return (
    <div className="m-card" style={{ padding: 0, overflow: 'hidden' }}>
      <Tabs activeKey={active} onChange={(key) => go(key, { replace: true })}>
        <Tabs.Tab key="/cases" title={<span data-testid="mine-tab-cases">{t('mine.cases')}</span>} />
        <Tabs.Tab
          key="/messages"
          title={
            <Badge content={unread > 0 ? unread : null} style={{ '--right': '-12px' }}>
              <span data-testid="mine-tab-messages">{t('mine.messages')}</span>
            </Badge>
          }
        />
      </Tabs>
    </div>
  );
}
