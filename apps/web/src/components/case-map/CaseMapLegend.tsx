import { Flex, theme } from 'antd';
import type { CSSProperties } from 'react';
import { useT } from '../../i18n/useT.ts';
import { PALETTE } from '../../map/palette.ts';
import { FINISHED_HEX, PHASE_HEX, type Phase, WARNING_HEX } from './caseLocations.ts';

function Swatch({ style }: { style: CSSProperties }) {
  return (
    <span style={{ display: 'inline-block', width: 14, height: 10, verticalAlign: 'middle', ...style }} />
  );
}

const Dot = ({ color, ring = '#fff' }: { color: string; ring?: string }) => (
  <Swatch
    style={{ width: 12, height: 12, borderRadius: 6, background: color, border: `2px solid ${ring}` }}
  />
);

const PHASES: Phase[] = ['intake', 'handling', 'closing', 'finished'];

/** The colour key of the case map: fill by warning, ring by status, then the territory. */
export function CaseMapLegend() {
  const t = useT();
  const { token } = theme.useToken();
  return (
    <Flex
      vertical
      gap={4}
      data-testid="case-map-legend"
      style={{
        position: 'absolute',
        right: 12,
        bottom: 28,
        zIndex: 2,
        padding: '8px 12px',
        fontSize: 12,
        background: token.colorBgContainer,
        borderRadius: token.borderRadius,
        boxShadow: token.boxShadowSecondary,
      }}
    >
      <span style={{ color: token.colorTextSecondary }}>{t('caseMap.legend.fill')}</span>
      <span>
        <Dot color={WARNING_HEX.red} /> {t('caseMap.legend.red')}
      </span>
      <span>
        <Dot color={WARNING_HEX.yellow} /> {t('caseMap.legend.yellow')}
      </span>
      <span>
        <Dot color={WARNING_HEX.none} /> {t('caseMap.legend.none')}
      </span>
      <span>
        <Dot color={FINISHED_HEX} /> {t('caseMap.legend.finished')}
      </span>
      <span style={{ color: token.colorTextSecondary, marginTop: 4 }}>{t('caseMap.legend.ring')}</span>
      {PHASES.map((phase) => (
        <span key={phase}>
          <Dot color={phase === 'finished' ? FINISHED_HEX : '#e5e7eb'} ring={PHASE_HEX[phase]} />{' '}
          {t(`caseMap.phase.${phase}`)}
        </span>
      ))}
      <span style={{ marginTop: 4 }}>
        <Swatch
          style={{ background: PALETTE.basicFill, opacity: 0.6, border: `1px solid ${PALETTE.basicLine}` }}
        />{' '}
        {t('caseMap.legend.grid')}
      </span>
      <span>
        <Swatch style={{ borderTop: `1px dashed ${PALETTE.microGrid}`, height: 0 }} />{' '}
        {t('caseMap.legend.microGrid')}
      </span>
    </Flex>
  );
}
