import { Button, Popup } from 'antd-mobile';
import { useState } from 'react';

interface Props {
  visible: boolean;
  onClose: () => void;
  busy: boolean;
  title: string;
  explain: string;
  placeholder: string;
  maxLength: number;
  confirmLabel: string;
  closeLabel: string;
  /** Test ids: `${testId}-reason` and `${testId}-confirm`. */
  testId: string;
  onConfirm: (reason: string) => void;
}

/**
 * A bottom sheet that asks to confirm a step the resident cannot take back (withdraw, "not fixed"),
 * with an optional reason.
 */
export function ReasonSheet(p: Props) {
  const [reason, setReason] = useState('');
  return (
    <Popup
      visible={p.visible}
      onMaskClick={p.onClose}
      bodyStyle={{ borderTopLeftRadius: 12, borderTopRightRadius: 12 }}
    >
      <div className="m-stack" style={{ padding: '16px 16px calc(16px + env(safe-area-inset-bottom))' }}>
        <h3 style={{ margin: 0 }}>{p.title}</h3>
        <p className="m-muted" style={{ margin: 0 }}>
          {p.explain}
        </p>
        <label data-testid={`${p.testId}-reason`}>
          <textarea
            className="m-textarea"
            aria-label={p.placeholder}
            rows={3}
            maxLength={p.maxLength}
            placeholder={p.placeholder}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </label>
        <Button
          block
          color="danger"
          size="large"
          loading={p.busy}
          onClick={() => p.onConfirm(reason)}
          data-testid={`${p.testId}-confirm`}
        >
          {p.confirmLabel}
        </Button>
        <Button block onClick={p.onClose} disabled={p.busy}>
          {p.closeLabel}
        </Button>
      </div>
    </Popup>
  );
}
