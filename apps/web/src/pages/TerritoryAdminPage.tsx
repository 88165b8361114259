import type { CoverageReport, DivisionNode, GridImportPreview } from '@wangge/contracts';
import { Alert, Empty, Input, Spin, Splitter, Tabs, Tag, theme } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { fetchCoverage, fetchTerritoryMap, fetchTree } from '../api/org.ts';
import { DivisionTree } from '../components/DivisionTree.tsx';
import { LoadErrorAlert } from '../components/LoadErrorAlert.tsx';
import { PanelTitle } from '../components/PanelTitle.tsx';
import { AdminMap, type FocusRequest } from '../components/territory-admin/AdminMap.tsx';
import type { LayerVisibility } from '../components/territory-admin/adminLayers.ts';
import { BuildingTable } from '../components/territory-admin/BuildingTable.tsx';
import { CoveragePanel } from '../components/territory-admin/CoveragePanel.tsx';
import { coverageFeatures, coverageItems } from '../components/territory-admin/coverageItems.ts';
import { FillHeight, tableBodyHeight } from '../components/territory-admin/FillHeight.tsx';
import { GridTable } from '../components/territory-admin/GridTable.tsx';
import { ImportPanel } from '../components/territory-admin/ImportPanel.tsx';
import { LayerPanel } from '../components/territory-admin/LayerPanel.tsx';
import { MicroGridTable } from '../components/territory-admin/MicroGridTable.tsx';
import { territoryRows } from '../components/territory-admin/territoryRows.ts';
import { useGridImport } from '../components/territory-admin/useGridImport.ts';
import { useAsync } from '../hooks/useAsync.ts';
import { useErrorText } from '../i18n/useErrorText.ts';
import { useI18n } from '../i18n/useT.ts';
import { geometryBounds } from '../map/bounds.ts';
import { asGeoJson } from '../map/geojson.ts';
import { useSession } from '../session/context.ts';

type TabKey = 'grids' | 'microGrids' | 'buildings' | 'import' | 'coverage';
const DATA_TABS: ReadonlySet<TabKey> = new Set(['grids', 'microGrids', 'buildings']);

interface CoverageState {
  division: string | null;
  report: CoverageReport | null;
  loading: boolean;
  error: unknown;
}
const NO_COVERAGE: CoverageState = { division: null, report: null, loading: false, error: null };

/** A map request for the features of the given geometries (nothing when they have no position). */
const focusOn = (...geometries: Array<{ coordinates?: unknown } | null | undefined>): FocusRequest | null => {
  const bounds = geometryBounds(geometries);
  return bounds ? { bounds } : null;
};

/**
 * 网格管理: the division tree, the division's map with switchable layers, tables of its grids,
 * micro-grids and buildings, GeoJSON import with a checked preview, and the coverage check drawn
 * on the map.
 */
export default function TerritoryAdminPage() {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const { token } = theme.useToken();
  const { config } = useSession();
  const [division, setDivision] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [layers, setLayers] = useState<LayerVisibility>({
    communities: true,
    grids: true,
    microGrids: true,
    buildings: true,
  });
  const [selectedGrid, setSelectedGrid] = useState<string | null>(null);
  const [tab, setTab] = useState<TabKey>('grids');
  const [query, setQuery] = useState('');
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [coverage, setCoverage] = useState<CoverageState>(NO_COVERAGE);
  const [activeCoverage, setActiveCoverage] = useState<number | null>(null);
  const [activePreview, setActivePreview] = useState<number | null>(null);
  const coverageRun = useRef(0);

  const tree = useAsync((signal) => fetchTree(signal), [version]);
  const map = useAsync((signal) => fetchTerritoryMap(division, signal), [division, version]);
  const data = map.data;

  // An import or another division makes the last coverage report stale.
  useEffect(() => {
    coverageRun.current++;
    setCoverage(NO_COVERAGE);
    setActiveCoverage(null);
  }, [division, version]);

  const onImported = useCallback(() => setVersion((n) => n + 1), []);
  const gridImport = useGridImport(onImported);
  const { check } = gridImport.state;

  const rows = useMemo(() => (data ? territoryRows(data, selectedGrid) : null), [data, selectedGrid]);
  const items = useMemo(
    () => (coverage.report ? coverageItems(coverage.report, data, t) : []),
    [coverage.report, data, t],
  );
  const coverageLayer = useMemo(
    () => (coverage.report ? coverageFeatures(items, t, locale) : null),
    [coverage.report, items, t, locale],
  );

  const previewSource: GridImportPreview | null =
    check.status === 'valid' || check.status === 'invalid' ? check.preview : null;
  const failed = useMemo(
    () => new Set(check.status === 'invalid' ? check.problems.map((p) => p.index) : []),
    [check],
  );
  const previewLayer = useMemo(() => {
    if (!previewSource) return null;
    return asGeoJson({
      type: 'FeatureCollection',
      features: previewSource.features.map((f) => ({
        ...f,
        properties: {
          id: f.properties.index,
          failed: failed.has(f.properties.index),
          label: f.properties.code ?? `#${f.properties.index + 1}`,
        },
      })),
    });
  }, [previewSource, failed]);
  const shapes = useMemo(
    () => new Set(previewSource?.features.map((f) => f.properties.index) ?? []),
    [previewSource],
  );

  // Show a new preview where it is.
  useEffect(() => {
    setActivePreview(null);
    if (previewSource) setFocus(focusOn(...previewSource.features.map((f) => f.geometry)));
  }, [previewSource]);

  const onSelectDivision = useCallback((node: DivisionNode) => {
    setDivision(node.code);
    setSelectedGrid(null);
  }, []);

  const selectGrid = useCallback(
    (code: string) => {
      setSelectedGrid(code);
      const grid = data?.grids.features.find((f) => f.properties.code === code);
      setFocus(focusOn(grid?.geometry));
    },
    [data],
  );

  const runCoverage = () => {
    if (!data) return;
    const run = ++coverageRun.current;
    const code = data.division.code;
    setActiveCoverage(null);
    setCoverage((previous) => ({ ...previous, division: code, loading: true, error: null }));
    fetchCoverage(code).then(
      (report) => {
        if (run === coverageRun.current) setCoverage({ division: code, report, loading: false, error: null });
      },
      (error: unknown) => {
        if (run === coverageRun.current) setCoverage({ division: code, report: null, loading: false, error });
      },
    );
  };

  const pickCoverage = (id: number) => {
    setActiveCoverage(id);
    setFocus(focusOn(items[id]?.geometry));
  };

  const pickPreview = (index: number) => {
    setActivePreview(index);
    const feature = previewSource?.features.find((f) => f.properties.index === index);
    if (feature) setFocus(focusOn(feature.geometry));
  };

  const selectedName = data?.grids.features.find((f) => f.properties.code === selectedGrid)?.properties.name;
  const tabItems = [
    { key: 'grids', label: t('territoryAdmin.tab.grids', { count: rows?.grids.length ?? 0 }) },
    { key: 'microGrids', label: t('territoryAdmin.tab.microGrids', { count: rows?.microGrids.length ?? 0 }) },
    { key: 'buildings', label: t('territoryAdmin.tab.buildings', { count: rows?.buildings.length ?? 0 }) },
    { key: 'import', label: t('territoryAdmin.tab.import') },
    { key: 'coverage', label: t('territoryAdmin.tab.coverage') },
  ];
  const tableExtra = DATA_TABS.has(tab) ? (
    <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
      {selectedGrid ? (
        <Tag
          closable
          color="cyan"
          onClose={(event) => {
            event.preventDefault();
            setSelectedGrid(null);
          }}
          style={{ marginInlineEnd: 0 }}
        >
          {t('territoryAdmin.selected', { name: selectedName ?? selectedGrid })}
        </Tag>
      ) : null}
      <Input.Search
        allowClear
        size="small"
        placeholder={t('territoryAdmin.search')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        style={{ width: 220 }}
      />
    </div>
  ) : null;

  const dataTable = (height: number) => {
    if (!rows) return null;
    const common = { query, height: tableBodyHeight(height), loading: map.loading };
    if (tab === 'grids')
      return <GridTable {...common} rows={rows.grids} selected={selectedGrid} onSelect={selectGrid} />;
    if (tab === 'microGrids')
      return (
        <MicroGridTable
          {...common}
          rows={rows.microGrids}
          onPick={(code) =>
            setFocus(focusOn(data?.microGrids.features.find((f) => f.properties.code === code)?.geometry))
          }
        />
      );
    return (
      <BuildingTable
        {...common}
        rows={rows.buildings}
        onPick={(code) =>
          setFocus(focusOn(data?.buildings.features.find((f) => f.properties.code === code)?.geometry))
        }
      />
    );
  };

  return (
    <div style={{ display: 'flex', flex: 1, minWidth: 0, minHeight: 0 }}>
      <aside
        style={{
          width: 248,
          flexShrink: 0,
          overflow: 'auto',
          padding: 12,
          background: token.colorBgContainer,
          borderRight: `1px solid ${token.colorBorderSecondary}`,
        }}
      >
        <PanelTitle>{t('tree.title')}</PanelTitle>
        {tree.loading && !tree.data ? <Spin /> : null}
        {tree.error ? <Alert type="error" showIcon title={errorText(tree.error)} /> : null}
        {tree.data ? (
          <DivisionTree
            roots={tree.data.roots}
            selectedCode={data?.division.code ?? division}
            onSelect={onSelectDivision}
          />
        ) : null}
      </aside>
      <Splitter orientation="vertical" style={{ flex: 1, minWidth: 0, height: '100%' }}>
        <Splitter.Panel defaultSize="55%" min={200}>
          <div style={{ position: 'relative', height: '100%' }}>
            <AdminMap
              data={data}
              layers={layers}
              selectedGrid={selectedGrid}
              coverage={coverageLayer}
              activeCoverage={activeCoverage}
              preview={previewLayer}
              activePreview={activePreview}
              focus={focus}
              tileUrl={config.tileUrl}
              tileAttribution={config.tileAttribution}
              onGridClick={selectGrid}
              onCoverageClick={(id) => {
                setTab('coverage');
                pickCoverage(id);
              }}
              onPreviewClick={(index) => {
                setTab('import');
                pickPreview(index);
              }}
            />
            <LayerPanel
              data={data}
              layers={layers}
              showCoverage={items.length > 0}
              showPreview={previewLayer !== null}
              onChange={setLayers}
            />
            {map.loading ? (
              <Spin size="large" style={{ position: 'absolute', top: '50%', left: '50%', zIndex: 3 }} />
            ) : null}
            {data && data.grids.features.length === 0 && !map.loading ? (
              <Empty
                description={t('territoryAdmin.empty.division')}
                style={{
                  position: 'absolute',
                  top: '40%',
                  left: '50%',
                  transform: 'translateX(-50%)',
                  zIndex: 2,
                  padding: 16,
                  background: token.colorBgContainer,
                  borderRadius: token.borderRadius,
                }}
              />
            ) : null}
            {map.error ? (
              <LoadErrorAlert
                error={map.error}
                onRetry={() => setVersion((n) => n + 1)}
                title={t('map.loadFailed')}
                style={{ position: 'absolute', bottom: 40, left: 12, right: 60, zIndex: 3 }}
              />
            ) : null}
          </div>
        </Splitter.Panel>
        <Splitter.Panel min={170}>
          <div
            style={{
              display: 'flex',
              flexDirection: 'column',
              height: '100%',
              padding: '0 12px 8px',
              background: token.colorBgContainer,
            }}
          >
            <Tabs
              size="small"
              activeKey={tab}
              onChange={(key) => setTab(key as TabKey)}
              items={tabItems}
              tabBarExtraContent={tableExtra}
              tabBarStyle={{ marginBottom: 8 }}
            />
            <div style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
              {DATA_TABS.has(tab) ? <FillHeight>{dataTable}</FillHeight> : null}
              {tab === 'import' ? (
                <ImportPanel
                  state={gridImport.state}
                  shapes={shapes}
                  active={activePreview}
                  onChoose={gridImport.choose}
                  onCrs={gridImport.setCrs}
                  onMode={gridImport.setMode}
                  onRecheck={gridImport.recheck}
                  onSubmit={() => void gridImport.submit()}
                  onPick={pickPreview}
                />
              ) : null}
              {tab === 'coverage' ? (
                <CoveragePanel
                  division={data?.division ?? null}
                  report={coverage.report}
                  items={items}
                  loading={coverage.loading}
                  error={coverage.error}
                  active={activeCoverage}
                  onRun={runCoverage}
                  onPick={(item) => pickCoverage(item.id)}
                />
              ) : null}
            </div>
          </div>
        </Splitter.Panel>
      </Splitter>
    </div>
  );
}
