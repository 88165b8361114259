import type { ReactNode } from 'react';

/** A coloured line of text: information, a warning, an error or a success. */
export function Notice({
  kind,
  children,
  testId,
}: {
  kind: 'info' | 'warn' | 'error' | 'success';
  children: ReactNode;
  testId?: string;
}) {
  return (
    <div className={`m-notice ${kind}`} role={kind === 'error' ? 'alert' : undefined} data-testid={testId}>
      {children}
    </div>
  );
}
