import { I18nProvider } from './i18n/I18nProvider.tsx';
import { MobileRoutes } from './MobileRoutes.tsx';
import { SessionProvider } from './session/SessionProvider.tsx';

/** The resident pages (/m): language, session, then the page for the address. */
export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <MobileRoutes />
      </SessionProvider>
    </I18nProvider>
  );
}
