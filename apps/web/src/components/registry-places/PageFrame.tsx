import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** The scrolling frame of a registry page: a title row (with extra text and buttons) above the content. */
export function PageFrame({
  title,
  extra,
  actions,
  children,
}: {
  title: ReactNode;
  extra?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div
      style={{
        flex: 1,
        minWidth: 0,
        overflow: 'auto',
        padding: '12px 16px',
        display: 'flex',
        flexDirection: 'column',
        gap: 12,
      }}
    >
      <Flex align="center" gap={8} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {extra}
        <div style={{ flex: 1 }} />
        {actions}
      </Flex>
      {children}
    </div>
  );
}
