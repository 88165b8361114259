import { Empty } from 'antd';
import { useT } from '../../i18n/useT.ts';

/** An empty table: nothing in the division at all, or nothing matching the search. */
export function EmptyRows({ none }: { none: boolean }) {
  const t = useT();
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={none ? t('territoryAdmin.empty.division') : t('territoryAdmin.empty.search')}
    />
  );
}
