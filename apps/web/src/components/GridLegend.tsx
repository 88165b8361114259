import type { TerritoryMap } from '@wangge/contracts';
import { Flex, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useT } from '../i18n/useT.ts';
import { PALETTE } from '../map/palette.ts';

function Swatch({ style }: { style: CSSProperties }) {
  return (
    <span style={{ display: 'inline-block', width: 14, height: 10, verticalAlign: 'middle', ...style }} />
  );
}

/** Counts computed from the features on the map, and the colour key. */
export function GridLegend({ data, showProblems }: { data: TerritoryMap; showProblems: boolean }) {
  const t = useT();
  const grids = data.grids.features;
  const exclusive = grids.filter((feature) => feature.properties.type === 'exclusive').length;
  return (
    <Flex vertical gap={4}>
      <Typography.Text strong data-testid="grid-legend-summary">
        {t('legend.summary', { total: grids.length, basic: grids.length - exclusive, exclusive })}
      </Typography.Text>
      <Flex wrap gap={12} style={{ fontSize: 12 }}>
        <span>
          <Swatch
            style={{ background: PALETTE.basicFill, opacity: 0.6, border: `1px solid ${PALETTE.basicLine}` }}
          />{' '}
          {t('gridType.basic')}
        </span>
        <span>
          <Swatch
            style={{
              background: PALETTE.exclusiveFill,
              opacity: 0.6,
              border: `1px solid ${PALETTE.exclusiveLine}`,
            }}
          />{' '}
          {t('gridType.exclusive')}
        </span>
        <span>
          <Swatch style={{ borderTop: `3px solid ${PALETTE.community}`, height: 0 }} />{' '}
          {t('legend.community')}
        </span>
        <span>
          <Swatch style={{ borderTop: `1px dashed ${PALETTE.microGrid}`, height: 0 }} />{' '}
          {t('legend.microGrid')}
        </span>
        <span>
          <Swatch style={{ width: 8, height: 8, borderRadius: 4, background: PALETTE.building }} />{' '}
          {t('legend.building', { count: data.buildings.features.length })}
        </span>
        {showProblems ? (
          <span>
            <Swatch style={{ background: PALETTE.problem, opacity: 0.6 }} /> {t('legend.problem')}
          </span>
        ) : null}
      </Flex>
    </Flex>
  );
}
