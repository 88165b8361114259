import {
  ApartmentOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  PhoneOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { Menu } from 'antd';
import { useT } from '../i18n/useT.ts';
import { navigate } from '../router/router.ts';
import { useSession } from '../session/context.ts';

const ROUTES: Record<string, string> = {
  workbench: '/workbench',
  cases: '/cases',
  newCase: '/cases/new',
  caseMap: '/map',
  territory: '/territory',
};

/** Roles that take calls and enter cases by hand. */
const INTAKE_ROLES = new Set(['hotlineOperator', 'subdistrictDispatcher']);

export function SideMenu({ selectedKey }: { selectedKey: string }) {
  const t = useT();
  const { state } = useSession();
  const roles = state.status === 'authenticated' ? state.session.user.roles.map((r) => r.role) : [];
  const items = [
    { key: 'workbench', icon: <DashboardOutlined />, label: t('menu.workbench') },
    { key: 'cases', icon: <UnorderedListOutlined />, label: t('menu.cases') },
    ...(roles.some((r) => INTAKE_ROLES.has(r))
      ? [{ key: 'newCase', icon: <PhoneOutlined />, label: t('menu.newCase') }]
      : []),
    { key: 'caseMap', icon: <EnvironmentOutlined />, label: t('menu.caseMap') },
    { key: 'territory', icon: <ApartmentOutlined />, label: t('menu.territory') },
  ];
  return (
    <Menu
      mode="inline"
      selectedKeys={[selectedKey]}
      style={{ height: '100%', borderInlineEnd: 0 }}
      items={items}
      onClick={({ key }) => {
        const path = ROUTES[key];
        if (path) navigate(path);
      }}
    />
  );
}
