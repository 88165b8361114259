import type { TerritoryMap } from '@wangge/contracts';
import { Card, Checkbox, Divider, Flex, Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useT } from '../../i18n/useT.ts';
import type { TerritoryLayerGroup } from '../../map/layers.ts';
import { PALETTE } from '../../map/palette.ts';
import { ADMIN_COLORS, type LayerVisibility } from './adminLayers.ts';

interface Props {
  data: TerritoryMap | null;
  layers: LayerVisibility;
  showCoverage: boolean;
  showPreview: boolean;
  onChange: (layers: LayerVisibility) => void;
}

function Swatch({ style }: { style: CSSProperties }) {
  return (
    <span
      style={{
        display: 'inline-block',
        width: 14,
        height: 10,
        verticalAlign: 'middle',
        flexShrink: 0,
        ...style,
      }}
    />
  );
}

function Key({ swatch, children }: { swatch: CSSProperties; children: ReactNode }) {
  return (
    <Flex gap={6} align="center" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
      <Swatch style={swatch} />
      {children}
    </Flex>
  );
}

const fill = (color: string, opacity = 0.6): CSSProperties => ({
  background: color,
  opacity,
  border: `1px solid ${color}`,
});

/** Floating over the map: which territory layers are drawn, and the colour key of what else is. */
export function LayerPanel({ data, layers, showCoverage, showPreview, onChange }: Props) {
  const t = useT();
  const toggle = (group: TerritoryLayerGroup, label: string, swatch: CSSProperties) => (
    <Checkbox
      checked={layers[group]}
      onChange={(event) => onChange({ ...layers, [group]: event.target.checked })}
    >
      <Flex gap={6} align="center" style={{ fontSize: 12 }}>
        <Swatch style={swatch} />
        {label}
      </Flex>
    </Checkbox>
  );
  return (
    <Card
      size="small"
      style={{ position: 'absolute', top: 12, left: 12, width: 196, zIndex: 2 }}
      styles={{ body: { padding: '8px 12px' } }}
      data-testid="territory-admin-layers"
    >
      <Flex vertical gap={2}>
        {toggle('communities', t('territoryAdmin.layers.communities'), {
          borderTop: `3px solid ${PALETTE.community}`,
          height: 0,
        })}
        {toggle(
          'grids',
          t('territoryAdmin.layers.grids', { count: data?.grids.features.length ?? 0 }),
          fill(PALETTE.basicFill),
        )}
        {toggle(
          'microGrids',
          t('territoryAdmin.layers.microGrids', { count: data?.microGrids.features.length ?? 0 }),
          { borderTop: `1px dashed ${PALETTE.microGrid}`, height: 0 },
        )}
        {toggle(
          'buildings',
          t('territoryAdmin.layers.buildings', { count: data?.buildings.features.length ?? 0 }),
          { width: 8, height: 8, borderRadius: 4, background: PALETTE.building },
        )}
        <Flex gap={10} wrap style={{ paddingInlineStart: 24 }}>
          <Key swatch={fill(PALETTE.basicFill)}>{t('gridType.basic')}</Key>
          <Key swatch={fill(PALETTE.exclusiveFill)}>{t('gridType.exclusive')}</Key>
        </Flex>
        {showCoverage ? (
          <>
            <Divider style={{ margin: '6px 0' }} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('territoryAdmin.tab.coverage')}
            </Typography.Text>
            <Flex gap={10} wrap>
              <Key swatch={fill(ADMIN_COLORS.overlap)}>{t('territoryAdmin.legend.overlap')}</Key>
              <Key swatch={fill(ADMIN_COLORS.gap)}>{t('territoryAdmin.legend.gap')}</Key>
              <Key swatch={{ border: `2px dashed ${ADMIN_COLORS.outside}` }}>
                {t('territoryAdmin.legend.outside')}
              </Key>
            </Flex>
          </>
        ) : null}
        {showPreview ? (
          <>
            <Divider style={{ margin: '6px 0' }} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('territoryAdmin.tab.import')}
            </Typography.Text>
            <Flex gap={10} wrap>
              <Key swatch={fill(ADMIN_COLORS.previewOk)}>{t('territoryAdmin.legend.previewOk')}</Key>
              <Key swatch={fill(ADMIN_COLORS.previewFailed)}>{t('territoryAdmin.legend.previewFailed')}</Key>
            </Flex>
          </>
        ) : null}
      </Flex>
    </Card>
  );
}
