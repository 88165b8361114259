import { Button, Popup } from 'antd-mobile';
import { useState } from 'react';
import { useT } from '../i18n/context.ts';

const REASON_MAX = 200;

/** 撤回: a button, then a sheet asking to confirm, with an optional reason. */
export function CancelSheet({ busy, onCancel }: { busy: boolean; onCancel: (reason: string) => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <>
      <Button block fill="outline" onClick={() => setOpen(true)} disabled={busy} data-testid="case-cancel">
        {t('cancel.button')}
      </Button>
      <Popup
        visible={open}
        onMaskClick={() => setOpen(false)}
        bodyStyle={{ borderTopLeftRadius: 12, borderTopRightRadius: 12 }}
      >
        <div className="m-stack" style={{ padding: '16px 16px calc(16px + env(safe-area-inset-bottom))' }}>
          <h3 style={{ margin: 0 }}>{t('cancel.title')}</h3>
          <p className="m-muted" style={{ margin: 0 }}>
            {t('cancel.explain')}
          </p>
          <label data-testid="cancel-reason">
            <textarea
              className="m-textarea"
              aria-label={t('cancel.reasonPlaceholder')}
              rows={3}
              maxLength={REASON_MAX}
              placeholder={t('cancel.reasonPlaceholder')}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </label>
          <Button
            block
            color="danger"
            size="large"
            loading={busy}
            onClick={() => onCancel(reason)}
            data-testid="cancel-confirm"
          >
            {t('cancel.confirm')}
          </Button>
          <Button block onClick={() => setOpen(false)} disabled={busy}>
            {t('cancel.keep')}
          </Button>
        </div>
      </Popup>
    </>
  );
}
