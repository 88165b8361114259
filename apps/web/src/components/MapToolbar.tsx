import { AimOutlined, ClearOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { TerritoryMap } from '@wangge/contracts';
import { Button, Card, Divider, Flex } from 'antd';
import { useT } from '../i18n/useT.ts';
import { GridLegend } from './GridLegend.tsx';

interface Props {
  data: TerritoryMap;
  locateMode: boolean;
  hasProblems: boolean;
  onCoverage: () => void;
  onToggleLocate: () => void;
  onClearProblems: () => void;
}

/** Floating panel over the map: legend with counts, coverage check and locate mode. */
export function MapToolbar({
  data,
  locateMode,
  hasProblems,
  onCoverage,
  onToggleLocate,
  onClearProblems,
}: Props) {
  const t = useT();
  return (
    <Card
      size="small"
      style={{ position: 'absolute', top: 12, left: 12, maxWidth: 'calc(100% - 80px)', zIndex: 2 }}
    >
      <GridLegend data={data} showProblems={hasProblems} />
      <Divider style={{ margin: '8px 0' }} />
      <Flex gap={8} wrap>
        <Button
          size="small"
          icon={<SafetyCertificateOutlined />}
          onClick={onCoverage}
          data-testid="coverage-button"
        >
          {t('toolbar.coverage')}
        </Button>
        <Button
          size="small"
          icon={<AimOutlined />}
          type={locateMode ? 'primary' : 'default'}
          onClick={onToggleLocate}
          data-testid="locate-button"
        >
          {locateMode ? t('toolbar.locateOn') : t('toolbar.locate')}
        </Button>
        {hasProblems ? (
          <Button size="small" icon={<ClearOutlined />} danger onClick={onClearProblems}>
            {t('toolbar.clearHighlight')}
          </Button>
        ) : null}
      </Flex>
    </Card>
  );
}
