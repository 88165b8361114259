import { Steps } from 'antd-mobile';
import { useT } from '../i18n/context.ts';
import { STEP_KEYS, STOPPED } from './stepLabels.ts';

/** The six steps 提交 受理 处理 核查 评价 办结, up to `step`; a case stopped early shows red there. */
export function CaseSteps({ step, status, finished }: { step: number; status: string; finished: boolean }) {
  const t = useT();
  const stopped = STOPPED.has(status);
  return (
    <div className="m-steps" data-testid="case-steps" data-step={step}>
      <Steps current={step}>
        {STEP_KEYS.map((key, index) => (
          <Steps.Step
            key={key}
            title={t(key)}
            status={
              index < step || (index === step && finished && !stopped)
                ? 'finish'
                : index === step
                  ? stopped
                    ? 'error'
                    : 'process'
                  : 'wait'
            }
          />
        ))}
      </Steps>
    </div>
  );
}
