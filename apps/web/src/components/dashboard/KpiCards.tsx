import { InfoCircleOutlined } from '@ant-design/icons';
import type { StatsSummary } from '@wangge/contracts';
import { Card, Col, Row, Statistic, Tooltip, theme } from 'antd';
import type { ReactNode } from 'react';
import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useT.ts';
import { formatCount, formatHours, formatRate } from './format.ts';

type Kpi =
  | 'received'
  | 'closed'
  | 'closeRate'
  | 'onTimeRate'
  | 'satisfactionRate'
  | 'overdue'
  | 'returned'
  | 'reworked'
  | 'averageHandlingHours';

const KPIS: readonly Kpi[] = [
  'received',
  'closed',
  'closeRate',
  'onTimeRate',
  'satisfactionRate',
  'overdue',
  'returned',
  'reworked',
  'averageHandlingHours',
];

/** data-testid suffixes: dashboard-kpi-received, dashboard-kpi-close-rate, … */
const kebab = (k: string) => k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The nine headline figures; each explains its formula and its counts on hover. */
export function KpiCards({ summary, loading }: { summary: StatsSummary | null; loading: boolean }) {
  const { t, locale } = useI18n();
  const { token } = theme.useToken();

  const value = (k: Kpi): string => {
    if (!summary) return '—';
    if (k === 'closeRate' || k === 'onTimeRate' || k === 'satisfactionRate')
      return formatRate(summary[k], locale);
    if (k === 'averageHandlingHours') return formatHours(summary.averageHandlingHours, locale);
    return formatCount(summary[k], locale);
  };
  const hint = (k: Kpi): string => {
    const s = summary;
    const params: Record<string, number> = s
      ? {
          closed: s.closed,
          onTime: s.closedOnTime,
          late: s.closedLate,
          due: s.dueToClose,
          satisfied: s.satisfied,
          basic: s.basicallySatisfied,
          rated: s.rated,
          dissatisfied: s.dissatisfied,
          n: s.handled,
        }
      : {};
    return t(`dashboard.hint.${k}` as MessageKey, params);
  };
  const color = (k: Kpi): string | undefined => {
    if (!summary) return undefined;
    if (k === 'overdue' && summary.overdue > 0) return token.colorError;
    if ((k === 'returned' || k === 'reworked') && summary[k] > 0) return token.colorWarning;
    return undefined;
  };
  const suffix = (k: Kpi): ReactNode =>
    k === 'averageHandlingHours' && summary?.averageHandlingHours != null ? (
      <span style={{ fontSize: 12 }}>{t('dashboard.unit.hours')}</span>
    ) : null;

  return (
    <Row gutter={[8, 8]} wrap>
      {KPIS.map((k) => (
        <Col key={k} flex="1 1 112px">
          <Card size="small" styles={{ body: { padding: '10px 12px' } }}>
            <Statistic
              loading={loading && !summary}
              title={
                <Tooltip title={hint(k)}>
                  <span style={{ whiteSpace: 'nowrap' }}>
                    {t(`dashboard.kpi.${k}` as MessageKey)}{' '}
                    <InfoCircleOutlined style={{ fontSize: 11, color: token.colorTextQuaternary }} />
                  </span>
                </Tooltip>
              }
              value={value(k)}
              suffix={suffix(k)}
              styles={{ content: { fontSize: 22, fontWeight: 600, color: color(k) } }}
              formatter={(v) => <span data-testid={`dashboard-kpi-${kebab(k)}`}>{v}</span>}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
