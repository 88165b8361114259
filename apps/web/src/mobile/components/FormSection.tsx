import type { ReactNode } from 'react';

/** A titled card of the report form, with the field's problem under it. */
export function FormSection({
  title,
  required = false,
  hint,
  problem,
  testId,
  children,
}: {
  title: string;
  required?: boolean;
  hint?: ReactNode;
  problem?: string | null;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <section className="m-card" data-testid={testId} aria-invalid={problem ? true : undefined}>
      <h3>
        {title}
        {required ? <span className="m-danger-text"> *</span> : null}
      </h3>
      {hint ? (
        <p className="m-muted" style={{ margin: '-4px 0 10px' }}>
          {hint}
        </p>
      ) : null}
      {children}
      {problem ? (
        <div className="m-danger-text" style={{ fontSize: 13, marginTop: 6 }} role="alert">
          {problem}
        </div>
      ) : null}
    </section>
  );
}
