import { AntdRoot } from './components/AntdRoot.tsx';
import { AppRoutes } from './components/AppRoutes.tsx';
import { I18nProvider } from './i18n/I18nProvider.tsx';
import { SessionProvider } from './session/SessionProvider.tsx';

export function App() {
  return (
    <I18nProvider>
      <AntdRoot>
        <SessionProvider>
          <AppRoutes />
        </SessionProvider>
      </AntdRoot>
    </I18nProvider>
  );
}
