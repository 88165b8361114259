import { Spin } from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';
import { LoginPage } from '../pages/LoginPage.tsx';
import { Redirect } from '../router/Redirect.tsx';
import { usePath } from '../router/router.ts';
import { useSession } from '../session/context.ts';
import { HOME_PATH } from '../session/roles.ts';
import { AppLayout } from './AppLayout.tsx';

// Pages load on demand: the login page stays light, MapLibre comes only with the map pages.
const TerritoryPage = lazy(() => import('../pages/TerritoryPage.tsx'));
const WorkbenchPage = lazy(() => import('../pages/WorkbenchPage.tsx'));
const CaseListPage = lazy(() => import('../pages/CaseListPage.tsx'));
const CaseDetailPage = lazy(() => import('../pages/CaseDetailPage.tsx'));
const NewCasePage = lazy(() => import('../pages/NewCasePage.tsx'));
const CaseMapPage = lazy(() => import('../pages/CaseMapPage.tsx'));
const DashboardPage = lazy(() => import('../pages/DashboardPage.tsx'));
const StaffPage = lazy(() => import('../pages/StaffPage.tsx'));
const TaxonomyPage = lazy(() => import('../pages/TaxonomyPage.tsx'));
const CalendarPage = lazy(() => import('../pages/CalendarPage.tsx'));
const TerritoryAdminPage = lazy(() => import('../pages/TerritoryAdminPage.tsx'));
const Open311ClientsPage = lazy(() => import('../pages/Open311ClientsPage.tsx'));
const PeoplePage = lazy(() => import('../pages/PeoplePage.tsx'));
const PersonDetailPage = lazy(() => import('../pages/PersonDetailPage.tsx'));
const PersonFormPage = lazy(() => import('../pages/PersonFormPage.tsx'));
const RegistryImportPage = lazy(() => import('../pages/RegistryImportPage.tsx'));
const AccessReportPage = lazy(() => import('../pages/AccessReportPage.tsx'));
const HousingPage = lazy(() => import('../pages/HousingPage.tsx'));
const BuildingRegistryPage = lazy(() => import('../pages/BuildingRegistryPage.tsx'));
const OrganisationsPage = lazy(() => import('../pages/OrganisationsPage.tsx'));
const OrganisationDetailPage = lazy(() => import('../pages/OrganisationDetailPage.tsx'));
const VisitSchedulePage = lazy(() => import('../pages/VisitSchedulePage.tsx'));
const DualRegistrationPage = lazy(() => import('../pages/DualRegistrationPage.tsx'));

function FullPageSpin() {
  return (
    <div style={{ height: '100%', display: 'grid', placeItems: 'center' }}>
      <Spin size="large" />
    </div>
  );
}

const CASE_ID = /^\/cases\/([0-9a-f-]{36})$/i;
const PERSON = /^\/registry\/people\/([0-9a-f-]{36})(\/edit)?$/i;
const ORGANISATION = /^\/registry\/organisations\/([0-9a-f-]{36})$/i;
const BUILDING = /^\/registry\/buildings\/(\d{18})$/;

/** The registry's pages (名册). */
function registryRoute(path: string): { key: string; page: ReactNode } | null {
  if (path === '/registry/people') return { key: 'people', page: <PeoplePage /> };
  if (path === '/registry/people/new') return { key: 'people', page: <PersonFormPage /> };
  const person = PERSON.exec(path);
  if (person?.[1])
    return {
      key: 'people',
      page: person[2] ? <PersonFormPage id={person[1]} /> : <PersonDetailPage id={person[1]} />,
    };
  if (path === '/registry/housing') return { key: 'housing', page: <HousingPage /> };
  const building = BUILDING.exec(path)?.[1];
  if (building) return { key: 'housing', page: <BuildingRegistryPage code={building} /> };
  if (path === '/registry/organisations') return { key: 'organisations', page: <OrganisationsPage /> };
  const org = ORGANISATION.exec(path)?.[1];
  if (org) return { key: 'organisations', page: <OrganisationDetailPage id={org} /> };
  if (path === '/registry/visits') return { key: 'visits', page: <VisitSchedulePage /> };
  if (path === '/registry/dual') return { key: 'dual', page: <DualRegistrationPage /> };
  if (path === '/registry/imports') return { key: 'imports', page: <RegistryImportPage /> };
  if (path === '/admin/access-report') return { key: 'accessReport', page: <AccessReportPage /> };
  return null;
}

/** The page for a path and the menu entry it belongs to; null for an unknown path. */
function route(path: string): { key: string; page: ReactNode } | null {
  if (path === '/territory') return { key: 'territory', page: <TerritoryPage /> };
  if (path === '/workbench') return { key: 'workbench', page: <WorkbenchPage /> };
  if (path === '/cases') return { key: 'cases', page: <CaseListPage /> };
  if (path === '/cases/new') return { key: 'newCase', page: <NewCasePage /> };
  if (path === '/map') return { key: 'caseMap', page: <CaseMapPage /> };
  if (path === '/dashboard') return { key: 'dashboard', page: <DashboardPage /> };
  if (path === '/admin/staff') return { key: 'staff', page: <StaffPage /> };
  if (path === '/admin/taxonomy') return { key: 'taxonomy', page: <TaxonomyPage /> };
  if (path === '/admin/calendar') return { key: 'calendar', page: <CalendarPage /> };
  if (path === '/admin/territory') return { key: 'territoryAdmin', page: <TerritoryAdminPage /> };
  if (path === '/admin/open311') return { key: 'open311', page: <Open311ClientsPage /> };
  const id = CASE_ID.exec(path)?.[1];
  if (id) return { key: 'cases', page: <CaseDetailPage id={id} /> };
  return registryRoute(path);
}

/** Picks the page for the current path, sending anonymous users to /login. */
export function AppRoutes() {
  const path = usePath();
  const { state } = useSession();

  if (state.status === 'loading') return <FullPageSpin />;
  if (path === '/login') {
    return state.status === 'authenticated' ? <Redirect to={HOME_PATH} /> : <LoginPage />;
  }
  if (state.status === 'anonymous') return <Redirect to="/login" />;
  const found = route(path);
  if (!found) return <Redirect to={HOME_PATH} />;

  return (
    <AppLayout session={state.session} selectedKey={found.key}>
      <Suspense fallback={<FullPageSpin />}>{found.page}</Suspense>
    </AppLayout>
  );
}
