import { Flex, theme } from 'antd';
import type { CSSProperties } from 'react';
import { useT } from '../../i18n/useT.ts';
import { PALETTE } from '../../map/palette.ts';
import { WARNING_HEX } from './caseLocations.ts';

function Swatch({ style }: { style: CSSProperties }) {
  return (
    <span style={{ display: 'inline-block', width: 14, height: 10, verticalAlign: 'middle', ...style }} />
  );
}

const Dot = ({ color }: { color: string }) => (
  <Swatch style={{ width: 10, height: 10, borderRadius: 5, background: color, border: '1px solid #fff' }} />
);

/** The colour key of the case map. */
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
