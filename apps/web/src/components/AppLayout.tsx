import type { SessionResponse } from '@wangge/contracts';
import { Layout, theme } from 'antd';
import type { ReactNode } from 'react';
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
        >
          <SideMenu selectedKey={selectedKey} />
        </Layout.Sider>
        <Layout.Content style={{ display: 'flex', minWidth: 0, minHeight: 0 }}>{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
