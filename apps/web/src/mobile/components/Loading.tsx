import { SpinLoading } from 'antd-mobile';

export function Loading() {
  return (
    <div style={{ display: 'grid', placeItems: 'center', padding: '48px 0' }}>
      <SpinLoading color="primary" />
    </div>
  );
}
