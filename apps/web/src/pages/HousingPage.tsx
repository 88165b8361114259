import { Alert, Descriptions, Empty, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { fetchGrid, fetchTree } from '../api/org.ts';
import { listGrids } from '../api/registryLookup.ts';
import { LoadErrorAlert } from '../components/LoadErrorAlert.tsx';
import { communitiesOf } from '../components/registry-places/communities.ts';
import { GridBuildingsTable } from '../components/registry-places/GridBuildingsTable.tsx';
import { HousingPicker } from '../components/registry-places/HousingPicker.tsx';
import { PageFrame } from '../components/registry-places/PageFrame.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { formatNumber } from '../i18n/messages.ts';
import { useI18n } from '../i18n/useT.ts';

/** The choice is kept in the query string, so the way back from a building lands on the same grid. */
function readChoice(): { community: string | null; grid: string | null } {
  const params = new URLSearchParams(window.location.search);
  return { community: params.get('community'), grid: params.get('grid') };
}
function writeChoice(community: string | null, grid: string | null): void {
  const params = new URLSearchParams();
  if (community) params.set('community', community);
  if (grid) params.set('grid', grid);
  const search = params.toString();
  window.history.replaceState(null, '', `/registry/housing${search ? `?${search}` : ''}`);
}

/** /registry/housing (实有房屋): community → grid → its buildings, each leading to its rooms. */
export default function HousingPage() {
  const { t, locale } = useI18n();
  const [choice, setChoice] = useState(readChoice);
  const [reload, setReload] = useState(0);
  const tree = useAsync((signal) => fetchTree(signal), [reload]);
  const communities = useMemo(() => communitiesOf(tree.data?.roots ?? []), [tree.data]);
  const grids = useAsync(
    (signal) => (choice.community ? listGrids(choice.community, signal) : null),
    [choice.community, reload],
  );
  const grid = useAsync(
    (signal) => (choice.grid ? fetchGrid(choice.grid, signal) : null),
    [choice.grid, reload],
  );

  const pick = (community: string | null, gridCode: string | null) => {
    writeChoice(community, gridCode);
    setChoice({ community, grid: gridCode });
  };

  // One community (a grid worker, community staff): chosen for them; likewise one grid in it.
  useEffect(() => {
    const only = communities.length === 1 ? communities[0] : undefined;
    if (!choice.community && only) pick(only.code, null);
  }, [communities, choice.community]);
  useEffect(() => {
    const items = grids.data?.items ?? [];
    const only = items.length === 1 ? items[0] : undefined;
    if (choice.community && !choice.grid && only) pick(choice.community, only.code);
  }, [grids.data, choice.community, choice.grid]);

  const detail = grid.data && grid.data.code === choice.grid ? grid.data : null;
  const error = tree.error ?? grids.error ?? grid.error;

  return (
    <PageFrame title={t('places.housing.title')}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('places.housing.intro')}
      </Typography.Paragraph>
      <HousingPicker
        communities={communities}
        community={choice.community}
        grids={grids.data?.items ?? []}
        grid={choice.grid}
        gridsLoading={grids.loading}
        onCommunity={(code) => pick(code, null)}
        onGrid={(code) => pick(choice.community, code)}
      />
      {error ? <LoadErrorAlert error={error} onRetry={() => setReload((n) => n + 1)} /> : null}
      {tree.data && communities.length === 0 ? (
        <Alert type="info" showIcon title={t('places.housing.noCommunity')} />
      ) : null}
      {!choice.grid ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={
            choice.community ? t('places.housing.pickGridFirst') : t('places.housing.pickCommunityFirst')
          }
        />
      ) : (
        <>
          {detail ? (
            <Descriptions
              size="small"
              bordered
              column={{ xs: 1, md: 2, xl: 4 }}
              items={[
                { key: 'grid', label: t('places.grid'), children: detail.name },
                { key: 'community', label: t('places.community'), children: detail.communityName },
                {
                  key: 'buildings',
                  label: t('places.housing.buildingCount'),
                  children: formatNumber(locale, detail.buildings),
                },
                {
                  key: 'households',
                  label: t('places.housing.plannedHouseholds'),
                  children: formatNumber(locale, detail.households),
                },
              ]}
            />
          ) : null}
          <GridBuildingsTable
            buildings={detail?.buildingList ?? []}
            microGrids={detail?.microGrids ?? []}
            loading={grid.loading}
          />
        </>
      )}
    </PageFrame>
  );
}
