import { useT } from '../i18n/useT.ts';
import { ReasonModal } from './ReasonModal.tsx';

/** The server's rule (RevealRequest): a reason of at least 4 characters, at most 200. */
const MIN_REASON = 4;

/**
 * 查看完整号码 for any registry record: the reason is required and goes into the access report with the
 * user's name; `onReveal` asks the server, which records the look before answering the number.
 */
export function RevealReasonModal({
  title,
  hint,
  onReveal,
  onClose,
}: {
  title: string;
  /** An example reason fitting the record (shown under the box). */
  hint: string;
  onReveal: (reason: string) => Promise<void>;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <ReasonModal
      texts={{
        title,
        explain: t('people.reveal.explain'),
        reasonLabel: t('people.reveal.reason'),
        reasonPlaceholder: t('people.reveal.reasonPlaceholder'),
        reasonHint: hint,
        reasonTooShort: t('people.reveal.reasonTooShort'),
        okText: t('people.reveal.submit'),
      }}
      minReason={MIN_REASON}
      testId="reveal"
      onSubmit={onReveal}
      onClose={onClose}
    />
  );
}
