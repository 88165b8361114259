import type { CaseDetail } from '@wangge/contracts';
import { Progress, Typography } from 'antd';
import type { MessageKey, Translate } from '../../i18n/messages.ts';

const HOUR = 3_600_000;
/** Milliseconds in one of the unit's steps: days are counted as whole (working) days of 24 h. */
const STEP_MS: Record<string, number> = {
  urgent_hours: HOUR,
  working_hours: HOUR,
  working_days: 24 * HOUR,
  calendar_days: 24 * HOUR,
};

const COLOR: Record<CaseDetail['warning'], string | undefined> = {
  none: undefined,
  yellow: '#faad14',
  red: '#ff4d4f',
};

/** How much of the stage's limit is used, in the limit's own unit (工作日, 工作小时 …). */
export function StageTimeBar({ detail, t }: { detail: CaseDetail; t: Translate }) {
  const time = detail.stageTime;
  if (!time || time.limitMs <= 0) return null;
  const step = STEP_MS[time.limit.unit] ?? HOUR;
  const used = Math.round((time.usedMs / step) * 10) / 10;
  const percent = Math.round((time.usedMs / time.limitMs) * 100);
  const unit = t(`caseDetail.unit.${time.limit.unit}` as MessageKey);
  return (
    <div style={{ minWidth: 200 }} data-testid="case-time-used" data-percent={percent}>
      <Progress
        percent={Math.min(percent, 100)}
        size="small"
        showInfo={false}
        strokeColor={COLOR[detail.warning]}
        status={detail.warning === 'red' ? 'exception' : 'normal'}
      />
      <Typography.Text type={detail.warning === 'red' ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
        {t('caseDetail.timeUsed', { used, limit: time.limit.amount, unit, percent })}
      </Typography.Text>
    </div>
  );
}
