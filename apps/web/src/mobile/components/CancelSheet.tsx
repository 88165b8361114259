import { Button } from 'antd-mobile';
import { useState } from 'react';
import { useT } from '../i18n/context.ts';
import { ReasonSheet } from './ReasonSheet.tsx';

const REASON_MAX = 200;

/** 撤回: a button, then a sheet asking to confirm, with an optional reason. */
export function CancelSheet({ busy, onCancel }: { busy: boolean; onCancel: (reason: string) => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button block fill="outline" onClick={() => setOpen(true)} disabled={busy} data-testid="case-cancel">
        {t('cancel.button')}
      </Button>
      <ReasonSheet
        visible={open}
        onClose={() => setOpen(false)}
        busy={busy}
        title={t('cancel.title')}
        explain={t('cancel.explain')}
        placeholder={t('cancel.reasonPlaceholder')}
        maxLength={REASON_MAX}
        confirmLabel={t('cancel.confirm')}
        closeLabel={t('cancel.keep')}
        testId="cancel"
        onConfirm={onCancel}
      />
    </>
  );
}
