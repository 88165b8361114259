import { Typography } from 'antd';
import type { ReactNode } from 'react';

export function PanelTitle({ children }: { children: ReactNode }) {
  return (
    <Typography.Title level={5} style={{ marginTop: 0, marginBottom: 12 }}>
      {children}
    </Typography.Title>
  );
}
