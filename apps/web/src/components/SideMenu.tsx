import {
  ApartmentOutlined,
  BarChartOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  PhoneOutlined,
  SettingOutlined,
  TeamOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { Menu, type MenuRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { navigate } from '../router/router.ts';
import { INTAKE_ROLES, useRoles } from '../session/roles.ts';

const ROUTES: Record<string, string> = {
  workbench: '/workbench',
  cases: '/cases',
  newCase: '/cases/new',
  caseMap: '/map',
  dashboard: '/dashboard',
  territory: '/territory',
  staff: '/admin/staff',
  taxonomy: '/admin/taxonomy',
  calendar: '/admin/calendar',
  territoryAdmin: '/admin/territory',
  open311: '/admin/open311',
  people: '/registry/people',
  housing: '/registry/housing',
  organisations: '/registry/organisations',
  visits: '/registry/visits',
  dual: '/registry/dual',
  imports: '/registry/imports',
  accessReport: '/admin/access-report',
};

/** Who keeps or reads the registry (the server applies the same roles, by territory). */
const REGISTRY_ROLES: ReadonlySet<string> = new Set([
  'admin',
  'leader',
  'subdistrictDispatcher',
  'communityStaff',
  'gridLeader',
  'gridWorker',
]);
/** Spreadsheet imports and exports are office work. */
const BULK_ROLES: ReadonlySet<string> = new Set(['admin', 'subdistrictDispatcher', 'communityStaff']);
const REGISTRY_KEYS = ['people', 'housing', 'organisations', 'visits', 'dual', 'imports'];
const ADMIN_KEYS = ['territoryAdmin', 'staff', 'taxonomy', 'calendar', 'open311', 'accessReport'];

/** A little longer than a menu group takes to unfold. */
const UNFOLD_MS = 350;

/** The menu group that holds a page, if any. */
function groupOf(key: string): string | null {
  if (ADMIN_KEYS.includes(key)) return 'admin';
  if (REGISTRY_KEYS.includes(key)) return 'registry';
  return null;
}

/** Roles whose figures are judged or who judge them: the dashboard is scoped to what they may read. */
const DASHBOARD_ROLES: ReadonlySet<string> = new Set([
  'admin',
  'leader',
  'subdistrictDispatcher',
  'communityStaff',
  'gridLeader',
  'departmentHandler',
]);
/** The server decides what an administrator may change; the menu only hides what others cannot use. */
const ADMIN_ROLES: ReadonlySet<string> = new Set(['admin']);

export function SideMenu({ selectedKey, collapsed }: { selectedKey: string; collapsed: boolean }) {
  const t = useT();
  const roles = useRoles();
  const has = (set: ReadonlySet<string>) => roles.some((r) => set.has(r));
  // The user opens and closes groups; arriving on a page of a closed group (a link, going back) opens
  // it, so the selected page is in sight. A collapsed menu shows groups as pop-ups on hover instead:
  // those are kept apart, so that collapsing and expanding again finds the groups as they were.
  const [openKeys, setOpenKeys] = useState<string[]>(() => {
    const group = groupOf(selectedKey);
    return group ? [group] : [];
  });
  const [popupKeys, setPopupKeys] = useState<string[]>([]);
  const [openedFor, setOpenedFor] = useState(selectedKey);
  if (openedFor !== selectedKey) {
    setOpenedFor(selectedKey);
    const group = groupOf(selectedKey);
    if (group && !openKeys.includes(group)) setOpenKeys([...openKeys, group]);
  }
  // The page's entry scrolled into the (scrolling) menu's view, once its group has unfolded.
  const menuRef = useRef<MenuRef>(null);
  useEffect(() => {
    if (!selectedKey) return;
    const timer = window.setTimeout(() => {
      const entry = menuRef.current?.menu?.list.querySelector('.ant-menu-item-selected');
      entry?.scrollIntoView({ block: 'nearest' });
    }, UNFOLD_MS);
    return () => window.clearTimeout(timer);
  }, [selectedKey]);
  const items = [
    { key: 'workbench', icon: <DashboardOutlined />, label: t('menu.workbench') },
    { key: 'cases', icon: <UnorderedListOutlined />, label: t('menu.cases') },
    ...(has(INTAKE_ROLES) ? [{ key: 'newCase', icon: <PhoneOutlined />, label: t('menu.newCase') }] : []),
    { key: 'caseMap', icon: <EnvironmentOutlined />, label: t('menu.caseMap') },
    ...(has(DASHBOARD_ROLES)
      ? [{ key: 'dashboard', icon: <BarChartOutlined />, label: t('menu.dashboard') }]
      : []),
    { key: 'territory', icon: <ApartmentOutlined />, label: t('menu.territory') },
    ...(has(REGISTRY_ROLES)
      ? [
          {
            key: 'registry',
            icon: <TeamOutlined />,
            label: t('menu.registry'),
            children: [
              { key: 'people', label: t('menu.people') },
              { key: 'housing', label: t('menu.housing') },
              { key: 'organisations', label: t('menu.organisations') },
              { key: 'visits', label: t('menu.visits') },
              { key: 'dual', label: t('menu.dual') },
              ...(has(BULK_ROLES) ? [{ key: 'imports', label: t('menu.imports') }] : []),
            ],
          },
        ]
      : []),
    ...(has(ADMIN_ROLES)
      ? [
          {
            key: 'admin',
            icon: <SettingOutlined />,
            label: t('menu.admin'),
            children: [
              { key: 'territoryAdmin', label: t('menu.territoryAdmin') },
              { key: 'staff', label: t('menu.staff') },
              { key: 'taxonomy', label: t('menu.taxonomy') },
              { key: 'calendar', label: t('menu.calendar') },
              { key: 'open311', label: t('menu.open311') },
              { key: 'accessReport', label: t('menu.accessReport') },
            ],
          },
        ]
      : []),
  ];
  return (
    <Menu
      ref={menuRef}
      mode="inline"
      selectedKeys={[selectedKey]}
      openKeys={collapsed ? popupKeys : openKeys}
      onOpenChange={collapsed ? setPopupKeys : setOpenKeys}
      // Both groups open are taller than a 768 px screen: the menu scrolls, not the page.
      style={{ height: '100%', borderInlineEnd: 0, overflowY: 'auto' }}
      items={items}
      onClick={({ key }) => {
        const path = ROUTES[key];
        if (path) navigate(path);
      }}
    />
  );
}
