import type { SessionResponse } from '@wangge/contracts';
import { Layout, theme } from 'antd';
import { type ReactNode, useState } from 'react';
import { AppHeader } from './AppHeader.tsx';
import { SideMenu } from './SideMenu.tsx';

/** Header + side menu around a full-height content area. */
export function AppLayout({
  session,
  selectedKey,
  children,
}: {
  session: SessionResponse;
  selectedKey: string;
  children: ReactNode;
}) {
  const { token } = theme.useToken();
  // Followed (not set) here: the menu shows its groups as pop-ups while the sider is collapsed.
  const [collapsed, setCollapsed] = useState(false);
  return (
    <Layout style={{ height: '100%' }}>
      <AppHeader session={session} />
      <Layout>
        <Layout.Sider
          width={168}
          collapsible
          breakpoint="lg"
          theme="light"
          style={{ borderRight: `1px solid ${token.colorBorderSecondary}` }}
          onCollapse={(value) => setCollapsed(value)}
        >
          <SideMenu selectedKey={selectedKey} collapsed={collapsed} />
        </Layout.Sider>
        <Layout.Content style={{ display: 'flex', minWidth: 0, minHeight: 0 }}>{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
