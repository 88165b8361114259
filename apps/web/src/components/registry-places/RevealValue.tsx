import { EyeOutlined } from '@ant-design/icons';
import { App, Button, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Revealed } from '../../api/registryHousing.ts';
import { useT } from '../../i18n/useT.ts';
import { RevealReasonModal } from '../RevealReasonModal.tsx';

/** How long a revealed number stays on screen before it is masked again. */
const SHOW_SECONDS = 60;

/**
 * A personal number as the server gives it (masked), with 查看: after a stated reason the clear
 * value shows for a minute, then the mask comes back.
 */
export function RevealValue({
  masked,
  what,
  canReveal,
  reveal,
  testId,
}: {
  masked: string | null;
  /** What the number is, for the reason dialog (e.g. “联系电话”). */
  what: string;
  canReveal: boolean;
  reveal: (reason: string) => Promise<Revealed>;
  testId?: string;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [asking, setAsking] = useState(false);
  const [clear, setClear] = useState<{ value: string; left: number } | null>(null);

  useEffect(() => {
    if (!clear) return;
    if (clear.left <= 0) {
      setClear(null);
      return;
    }
    const timer = setTimeout(() => setClear((c) => (c ? { ...c, left: c.left - 1 } : null)), 1000);
    return () => clearTimeout(timer);
  }, [clear]);

  if (!masked) return <Typography.Text type="secondary">—</Typography.Text>;

  const onReveal = async (reason: string) => {
    const answer = await reveal(reason);
    setAsking(false);
    setClear({ value: answer.value ?? '—', left: SHOW_SECONDS });
    message.success(t('places.reveal.recorded'));
  };

  return (
    <span style={{ whiteSpace: 'nowrap' }} data-testid={testId}>
      {clear ? (
        <Tooltip title={t('places.reveal.hidesIn', { seconds: clear.left })}>
          <span>
            <Typography.Text strong copyable data-testid={testId ? `${testId}-clear` : undefined}>
              {clear.value}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 4 }}>
              {t('places.reveal.seconds', { seconds: clear.left })}
            </Typography.Text>
          </span>
        </Tooltip>
      ) : (
        <>
          <Typography.Text>{masked}</Typography.Text>
          {canReveal ? (
            <Button
              type="link"
              size="small"
              icon={<EyeOutlined />}
              onClick={() => setAsking(true)}
              data-testid={testId ? `${testId}-reveal` : undefined}
            >
              {t('places.reveal.button')}
            </Button>
          ) : null}
        </>
      )}
      {asking ? (
        <RevealReasonModal
          title={t('places.reveal.title', { what })}
          hint={t('places.reveal.reasonHint')}
          onReveal={onReveal}
          onClose={() => setAsking(false)}
        />
      ) : null}
    </span>
  );
}
