/**
 * Handling levels, lowest first: "small things stay in the grid, big things stay in the net"
 * (小事不出格，大事不出网). Escalation moves a case one level up; the department level is the
 * subdistrict blowing the whistle so that departments report (街道吹哨、部门报到).
 */
export const CASE_LEVELS = ['grid', 'community', 'subdistrict', 'department'] as const;
export type CaseLevel = (typeof CASE_LEVELS)[number];

export function nextLevel(level: CaseLevel): CaseLevel | null {
  const i = CASE_LEVELS.indexOf(level);
  return CASE_LEVELS[i + 1] ?? null;
}

/**
 * Default handling limits per level, from the seed report (000_…): inside the grid 1 day; needing
 * the subdistrict 3 days; the whistle to departments 5 days. A community gets the subdistrict's 3.
 */
export const LEVEL_HANDLE_DAYS: Record<CaseLevel, number> = {
  grid: 1,
  community: 3,
  subdistrict: 3,
  department: 5,
};
