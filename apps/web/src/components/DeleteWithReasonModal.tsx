import { ReasonModal, type ReasonTexts } from './ReasonModal.tsx';

/** The server's rule (DeleteRequest): a reason of at least 2 characters, at most 200. */
export const MIN_DELETE_REASON = 2;

/**
 * 删除 with a reason for any registry record (a person, an organisation): the reason goes into the
 * record's history and the record stays restorable until the purge. `onDelete` asks the server.
 */
export function DeleteWithReasonModal({
  texts,
  testId,
  onDelete,
  onClose,
}: {
  texts: Omit<ReasonTexts, 'reasonHint'>;
  /** Prefix of the test ids, kept per record for the journeys: `-reason`, `-submit`. */
  testId: string;
  onDelete: (reason: string) => Promise<void>;
  onClose: () => void;
}) {
  return (
    <ReasonModal
      texts={texts}
      minReason={MIN_DELETE_REASON}
      danger
      testId={testId}
      onSubmit={onDelete}
      onClose={onClose}
    />
  );
}
