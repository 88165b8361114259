import { Result } from 'antd';
import { useT } from '../i18n/useT.ts';

/** Placeholder until the page is built. */
export default function DashboardPage() {
  const t = useT();
  return <Result status="info" title={t('menu.dashboard')} />;
}
