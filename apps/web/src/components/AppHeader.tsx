import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import type { SessionResponse } from '@wangge/contracts';
import { Button, Flex, Layout, Space, Tag, Typography, theme } from 'antd';
import { useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { useSession } from '../session/context.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';

export function AppHeader({ session }: { session: SessionResponse }) {
  const t = useT();
  const { signOut } = useSession();
  const { token } = theme.useToken();
  const [leaving, setLeaving] = useState(false);
  const { user } = session;
  const roleLabel = user.roles[0]?.roleLabel;

  const onLogout = () => {
    setLeaving(true);
    signOut().finally(() => setLeaving(false));
  };

  return (
    <Layout.Header
      style={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'space-between',
        padding: '0 20px',
        background: token.colorBgContainer,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
      }}
    >
      <Typography.Title level={4} style={{ margin: 0, color: token.colorPrimary }}>
        {t('app.name')}
      </Typography.Title>
      <Flex align="center" gap={16}>
        <Space size={6}>
          <UserOutlined />
          <span data-testid="current-user">{user.displayName}</span>
          {roleLabel ? <Tag color="blue">{roleLabel}</Tag> : null}
        </Space>
        <LanguageSwitch />
        <Button icon={<LogoutOutlined />} loading={leaving} onClick={onLogout}>
          {t('header.logout')}
        </Button>
      </Flex>
    </Layout.Header>
  );
}
