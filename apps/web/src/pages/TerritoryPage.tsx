import type { CoverageReport, DivisionNode } from '@wangge/contracts';
import { Alert, Spin, theme } from 'antd';
import { useCallback, useState } from 'react';
import { fetchTerritoryMap, fetchTree } from '../api/org.ts';
import { CoverageModal } from '../components/CoverageModal.tsx';
import { DivisionTree } from '../components/DivisionTree.tsx';
import { GridDrawer } from '../components/GridDrawer.tsx';
import { LocateResultCard } from '../components/LocateResultCard.tsx';
import { MapToolbar } from '../components/MapToolbar.tsx';
import { PanelTitle } from '../components/PanelTitle.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useLocate } from '../hooks/useLocate.ts';
import { useErrorText } from '../i18n/useErrorText.ts';
import { useT } from '../i18n/useT.ts';
import { coverageProblems, type GeoJsonFeatureCollection } from '../map/geojson.ts';
import { TerritoryMapView } from '../map/TerritoryMapView.tsx';
import { useSession } from '../session/context.ts';

/** 辖区网格: the division tree on the left, the map of the selected division on the right. */
export default function TerritoryPage() {
  const t = useT();
  const errorText = useErrorText();
  const { token } = theme.useToken();
  const { config } = useSession();
  const [division, setDivision] = useState<string | null>(null);
  const [gridCode, setGridCode] = useState<string | null>(null);
  const [coverageOpen, setCoverageOpen] = useState(false);
  const [problems, setProblems] = useState<GeoJsonFeatureCollection | null>(null);
  const [locateMode, setLocateMode] = useState(false);
  const located = useLocate();
  const { clear: clearLocate } = located;

  const tree = useAsync((signal) => fetchTree(signal), []);
  const map = useAsync((signal) => fetchTerritoryMap(division, signal), [division]);
  const territory = map.data;

  const onSelectDivision = useCallback(
    (node: DivisionNode) => {
      setDivision(node.code);
      setProblems(null);
      clearLocate();
    },
    [clearLocate],
  );
  const onReport = useCallback((report: CoverageReport) => setProblems(coverageProblems(report)), []);
  const toggleLocate = () => {
    if (locateMode) clearLocate();
    setLocateMode(!locateMode);
  };

  return (
    <div style={{ display: 'flex', flex: 1, minWidth: 0, minHeight: 0 }}>
      <aside
        style={{
          width: 320,
          flexShrink: 0,
          overflow: 'auto',
          padding: 12,
          background: token.colorBgContainer,
          borderRight: `1px solid ${token.colorBorderSecondary}`,
        }}
      >
        <PanelTitle>{t('tree.title')}</PanelTitle>
        {tree.loading ? <Spin /> : null}
        {tree.error ? <Alert type="error" showIcon title={errorText(tree.error)} /> : null}
        {tree.data ? (
          <DivisionTree
            roots={tree.data.roots}
            selectedCode={territory?.division.code ?? division}
            onSelect={onSelectDivision}
          />
        ) : null}
      </aside>
      <section style={{ position: 'relative', flex: 1, minWidth: 0 }}>
        <TerritoryMapView
          data={territory}
          problems={problems}
          tileUrl={config.tileUrl}
          tileAttribution={config.tileAttribution}
          locateMode={locateMode}
          locatePoint={located.point}
          onGridClick={setGridCode}
          onLocate={located.run}
        />
        {territory ? (
          <MapToolbar
            data={territory}
            locateMode={locateMode}
            hasProblems={problems !== null}
            onCoverage={() => setCoverageOpen(true)}
            onToggleLocate={toggleLocate}
            onClearProblems={() => setProblems(null)}
          />
        ) : null}
        {map.loading ? (
          <Spin size="large" style={{ position: 'absolute', top: '50%', left: '50%', zIndex: 3 }} />
        ) : null}
        {map.error ? (
          <Alert
            type="error"
            showIcon
            title={t('map.loadFailed')}
            description={errorText(map.error)}
            style={{ position: 'absolute', bottom: 40, left: 12, zIndex: 3 }}
          />
        ) : null}
        {located.point ? (
          <LocateResultCard
            result={located.result}
            loading={located.loading}
            error={located.error}
            onClose={clearLocate}
          />
        ) : null}
      </section>
      <GridDrawer code={gridCode} onClose={() => setGridCode(null)} />
      {territory ? (
        <CoverageModal
          division={territory.division}
          open={coverageOpen}
          onClose={() => setCoverageOpen(false)}
          onReport={onReport}
        />
      ) : null}
    </div>
  );
}
