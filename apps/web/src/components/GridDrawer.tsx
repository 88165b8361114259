import { Alert, Drawer, Spin } from 'antd';
import { fetchGrid } from '../api/org.ts';
import { useAsync } from '../hooks/useAsync.ts';
import { useErrorText } from '../i18n/useErrorText.ts';
import { useT } from '../i18n/useT.ts';
import { GridDetailView } from './GridDetailView.tsx';

/** Drawer with the details of the clicked grid; closed when `code` is null. */
export function GridDrawer({ code, onClose }: { code: string | null; onClose: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const { data, error, loading } = useAsync((signal) => (code ? fetchGrid(code, signal) : null), [code]);
  const grid = data?.code === code ? data : null;

  return (
    <Drawer
      open={code !== null}
      onClose={onClose}
      size={720}
      title={grid ? grid.name : t('grid.title')}
      data-testid="grid-drawer"
    >
      {loading && !grid ? <Spin style={{ display: 'block', margin: '48px auto' }} /> : null}
      {error ? <Alert type="error" showIcon title={errorText(error)} /> : null}
      {grid ? <GridDetailView grid={grid} /> : null}
    </Drawer>
  );
}
