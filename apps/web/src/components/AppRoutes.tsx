import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { LoginPage } from '../pages/LoginPage.tsx';
import { Redirect } from '../router/Redirect.tsx';
import { usePath } from '../router/router.ts';
import { useSession } from '../session/context.ts';
import { AppLayout } from './AppLayout.tsx';

// The map page pulls in MapLibre; load it only once someone is signed in.
const TerritoryPage = lazy(() => import('../pages/TerritoryPage.tsx'));

function FullPageSpin() {
  return (
    <div style={{ height: '100%', display: 'grid', placeItems: 'center' }}>
      <Spin size="large" />
    </div>
  );
}

/** Picks the page for the current path, sending anonymous users to /login. */
export function AppRoutes() {
  const path = usePath();
  const { state } = useSession();

  if (state.status === 'loading') return <FullPageSpin />;
  if (path === '/login') {
    return state.status === 'authenticated' ? <Redirect to="/territory" /> : <LoginPage />;
  }
  if (state.status === 'anonymous') return <Redirect to="/login" />;
  if (path !== '/territory') return <Redirect to="/territory" />;

  return (
    <AppLayout session={state.session} selectedKey="territory">
      <Suspense fallback={<FullPageSpin />}>
        <TerritoryPage />
      </Suspense>
    </AppLayout>
  );
}
