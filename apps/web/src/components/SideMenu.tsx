import { ApartmentOutlined } from '@ant-design/icons';
import { Menu } from 'antd';
import { useT } from '../i18n/useT.ts';
import { navigate } from '../router/router.ts';

const ROUTES: Record<string, string> = { territory: '/territory' };

export function SideMenu({ selectedKey }: { selectedKey: string }) {
  const t = useT();
  return (
    <Menu
      mode="inline"
      selectedKeys={[selectedKey]}
      style={{ height: '100%', borderInlineEnd: 0 }}
      items={[{ key: 'territory', icon: <ApartmentOutlined />, label: t('menu.territory') }]}
      onClick={({ key }) => {
        const path = ROUTES[key];
        if (path) navigate(path);
      }}
    />
  );
}
