import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { App, Button, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { RevealReasonModal } from './RevealReasonModal.tsx';

/** How long a revealed number stays on screen. */
const SHOW_SECONDS = 60;

/**
 * A personal number of any registry record as the server masked it, with 查看 for those who may see
 * it in the clear: after a stated reason the clear number shows in place for a minute, then the mask
 * comes back. `reveal` asks the server (which records the look) and answers null when there is none.
 */
export function MaskedNumber({
  masked,
  canReveal,
  title,
  hint,
  reveal,
  testId,
}: {
  masked: string | null;
  canReveal: boolean;
  /** The reason dialog's title, naming the number and whose it is. */
  title: string;
  /** An example reason fitting the record. */
  hint: string;
  reveal: (reason: string) => Promise<string | null>;
  /** The number's test id; `-reveal` and `-countdown` are added for its buttons. */
  testId: string;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [asking, setAsking] = useState(false);
  const [clear, setClear] = useState<string | null>(null);
  const [left, setLeft] = useState(0);

  useEffect(() => {
    if (clear === null) return;
    const timer = window.setInterval(() => {
      setLeft((s) => {
        if (s <= 1) {
          setClear(null);
          return 0;
        }
        return s - 1;
      });
    }, 1000);
    return () => window.clearInterval(timer);
  }, [clear]);

  if (!masked) return <Typography.Text type="secondary">—</Typography.Text>;

  return (
    <Space size={4} wrap>
      <Typography.Text
        style={{ fontFamily: 'monospace' }}
        copyable={clear ? { text: clear } : false}
        data-testid={testId}
        data-revealed={clear ? 'true' : 'false'}
      >
        {clear ?? masked}
      </Typography.Text>
      {clear ? (
        <>
          <Tag color="orange" style={{ marginInlineEnd: 0 }} data-testid={`${testId}-countdown`}>
            {t('people.reveal.countdown', { seconds: left })}
          </Tag>
          <Button
            type="link"
            size="small"
            icon={<EyeInvisibleOutlined />}
            onClick={() => {
              setClear(null);
              setLeft(0);
            }}
          >
            {t('people.reveal.hide')}
          </Button>
        </>
      ) : canReveal ? (
        <Button
          type="link"
          size="small"
          icon={<EyeOutlined />}
          onClick={() => setAsking(true)}
          data-testid={`${testId}-reveal`}
        >
          {t('people.reveal.button')}
        </Button>
      ) : null}
      {asking ? (
        <RevealReasonModal
          title={title}
          hint={hint}
          onClose={() => setAsking(false)}
          onReveal={async (reason) => {
            const value = await reveal(reason);
            setAsking(false);
            if (value === null) {
              message.info(t('people.reveal.none'));
              return;
            }
            setClear(value);
            setLeft(SHOW_SECONDS);
            message.success(t('people.reveal.recorded', { seconds: SHOW_SECONDS }));
          }}
        />
      ) : null}
    </Space>
  );
}
