import { Alert, Empty, Flex, Spin, Typography, theme } from 'antd';
import { useState } from 'react';
import { fetchTerritoryMap } from '../api/org.ts';
import { CaseMapLegend } from '../components/case-map/CaseMapLegend.tsx';
import { CaseMapToolbar } from '../components/case-map/CaseMapToolbar.tsx';
import { CaseMapView } from '../components/case-map/CaseMapView.tsx';
import {
  CASE_MAP_LIMIT,
  type CaseMapFilters,
  fetchCaseLocations,
} from '../components/case-map/caseLocations.ts';
import { useAsync } from '../hooks/useAsync.ts';
import { useErrorText } from '../i18n/useErrorText.ts';
import { useI18n } from '../i18n/useT.ts';
import { useSession } from '../session/context.ts';

/** 事件地图: the caller's grids with the cases (open ones by default) as circles coloured by warning and status. */
export default function CaseMapPage() {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const { token } = theme.useToken();
  const { config } = useSession();
  const [filters, setFilters] = useState<CaseMapFilters>({});
  const [reload, setReload] = useState(0);

  const territory = useAsync((signal) => fetchTerritoryMap(null, signal), []);
  const cases = useAsync((signal) => fetchCaseLocations(filters, signal), [filters, reload]);
  const data = cases.data;
  // While loading, keep nothing on the case layer so that readiness reflects the current filters.
  const points = cases.loading ? null : (data?.points ?? null);

  const notes: string[] = [];
  if (data) {
    notes.push(t('caseMap.noteDrawn', { drawn: data.points.length, total: data.total }));
    if (data.withoutLocation > 0) notes.push(t('caseMap.noteSkipped', { skipped: data.withoutLocation }));
    if (data.omitted > 0)
      notes.push(t('caseMap.noteOmitted', { omitted: data.omitted, limit: CASE_MAP_LIMIT }));
  }

  return (
    <div style={{ display: 'flex', flexDirection: 'column', flex: 1, minWidth: 0, minHeight: 0 }}>
      <Flex
        vertical
        gap={8}
        style={{
          padding: '12px 16px',
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
        }}
      >
        <Flex align="center" wrap gap={16}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('caseMap.title')}
          </Typography.Title>
          <CaseMapToolbar
            filters={filters}
            onChange={setFilters}
            onRefresh={() => setReload((value) => value + 1)}
            loading={cases.loading}
          />
        </Flex>
        <Typography.Text type="secondary" data-testid="case-map-note" style={{ fontSize: 12 }}>
          {cases.loading ? t('caseMap.loading') : notes.join('；')}
        </Typography.Text>
      </Flex>
      <section style={{ position: 'relative', flex: 1, minWidth: 0, minHeight: 0 }}>
        <CaseMapView
          territory={territory.data}
          cases={points}
          tileUrl={config.tileUrl}
          tileAttribution={config.tileAttribution}
          t={t}
          locale={locale}
        />
        <CaseMapLegend />
        {cases.loading || territory.loading ? (
          <Spin size="large" style={{ position: 'absolute', top: '50%', left: '50%', zIndex: 3 }} />
        ) : null}
        {!cases.loading && !cases.error && data && data.points.length === 0 ? (
          <div
            style={{
              position: 'absolute',
              top: 16,
              left: '50%',
              transform: 'translateX(-50%)',
              zIndex: 2,
              padding: '8px 16px',
              background: token.colorBgContainer,
              borderRadius: token.borderRadius,
              boxShadow: token.boxShadowSecondary,
            }}
          >
            <Empty
              data-testid="case-map-empty"
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t('caseMap.empty')}
            />
          </div>
        ) : null}
        <Flex
          vertical
          gap={8}
          style={{ position: 'absolute', bottom: 40, left: 12, zIndex: 3, maxWidth: 420 }}
        >
          {cases.error ? (
            <Alert
              type="error"
              showIcon
              title={t('caseMap.loadFailed')}
              description={errorText(cases.error)}
            />
          ) : null}
          {territory.error ? (
            <Alert
              type="warning"
              showIcon
              title={t('caseMap.territoryFailed')}
              description={errorText(territory.error)}
            />
          ) : null}
        </Flex>
      </section>
    </div>
  );
}
