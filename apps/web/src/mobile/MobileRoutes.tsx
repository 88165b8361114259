import { lazy, type ReactNode, Suspense } from 'react';
import { Redirect } from '../router/Redirect.tsx';
import { Loading } from './components/Loading.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { href, useMobilePath } from './router.ts';
import { useSession } from './session/context.ts';

// Home and sign-in come with the entry; the rest loads on demand (MapLibre only with a map).
const ReportPage = lazy(() => import('./pages/ReportPage.tsx'));
const MyCasesPage = lazy(() => import('./pages/MyCasesPage.tsx'));
const CaseDetailPage = lazy(() => import('./pages/CaseDetailPage.tsx'));
const NoticesPage = lazy(() => import('./pages/NoticesPage.tsx'));
const BoardPage = lazy(() => import('./pages/BoardPage.tsx'));
const TrackingLinkPage = lazy(() => import('./pages/TrackingLinkPage.tsx'));

const CASE = /^\/cases\/(\d{6}-\d{8}-\d{5})$/;
const LINK = /^\/t\/([A-Za-z0-9_-]{20,64})$/;

interface Found {
  page: ReactNode;
  /** Signed-out residents get the sign-in page in its place (and come back here after). */
  needsSession: boolean;
}

function route(path: string): Found | null {
  if (path === '/') return { page: <HomePage />, needsSession: false };
  if (path === '/login') return { page: <LoginPage />, needsSession: false };
  if (path === '/report') return { page: <ReportPage />, needsSession: true };
  if (path === '/cases') return { page: <MyCasesPage />, needsSession: true };
  if (path === '/messages') return { page: <NoticesPage />, needsSession: true };
  if (path === '/board') return { page: <BoardPage />, needsSession: false };
  const number = CASE.exec(path)?.[1];
  if (number) return { page: <CaseDetailPage key={number} number={number} />, needsSession: true };
  const token = LINK.exec(path)?.[1];
  if (token) return { page: <TrackingLinkPage token={token} />, needsSession: false };
  return null;
}

/** The page for the address under /m. */
export function MobileRoutes() {
  const path = useMobilePath();
  const { state } = useSession();
  const found = route(path);
  if (!found) return <Redirect to={href('/')} />;
  if (found.needsSession && state.status === 'loading') return <Loading />;
  if (found.needsSession && state.status === 'signedOut') return <LoginPage next={path} />;
  return <Suspense fallback={<Loading />}>{found.page}</Suspense>;
}
