import type { VisitView } from '@wangge/contracts';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { iso } from '../../lib/iso.ts';

export interface VisitRow {
  id: string;
  visited_on: string;
  tag_codes: string[];
  visitor_name: string;
  findings: string;
  follow_up: string | null;
  needs_follow_up: boolean;
  created_at: Date | string;
}

export const VISIT_COLUMNS = sql`v.id, v.visited_on::text AS visited_on, v.tag_codes, v.visitor_name, v.findings,
  v.follow_up, v.needs_follow_up, v.created_at`;

/** A visit as the caller may see it: the care groups they may not see are left out of what it was for. */
export function visitView(v: VisitRow, visibleCodes: readonly string[]): z.infer<typeof VisitView> {
  return {
    id: v.id,
    visitedOn: v.visited_on,
    tagCodes: v.tag_codes.filter((c) => visibleCodes.includes(c)),
    visitorName: v.visitor_name,
    findings: v.findings,
    followUp: v.follow_up,
    needsFollowUp: v.needs_follow_up,
    createdAt: iso(v.created_at),
  };
}
