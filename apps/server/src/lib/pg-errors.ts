const UNIQUE_VIOLATION = '23505';

/**
 * A PostgreSQL unique violation (optionally on one constraint or index). drizzle wraps driver errors:
 * the code may sit on the error or on its cause.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (const e of [error, (error as { cause?: unknown })?.cause] as Array<
    { code?: string; constraint?: string } | undefined
  >) {
    if (e?.code === UNIQUE_VIOLATION && (constraint === undefined || e.constraint === constraint))
      return true;
  }
  return false;
}
