/** Two assignments of the same role at the same place (and department) are one too many. */
export const sameGrant = (
  a: { role: string; scopePath: string | null; departmentId: string | null },
  b: { role: string; scopePath: string | null; departmentId: string | null },
) => a.role === b.role && a.scopePath === b.scopePath && a.departmentId === b.departmentId;
