import type { VisitSchedule, VisitScheduleQuery } from '@wangge/contracts';
import { rows } from '@wangge/db';
import { canSeeTag, chinaDay, visitSchedule } from '@wangge/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { withinPaths } from '../../lib/sql.ts';
import { loadCareTags, visibleTagCodes } from './care-tag-cache.ts';
import { registryPolicy } from './registry.policy.ts';

type Item = z.infer<typeof VisitSchedule>['items'][number];
type WorkerCount = z.infer<typeof VisitSchedule>['byWorker'][number];

const STATE_ORDER = { overdue: 0, due: 1, ok: 2 } as const;
const UNASSIGNED = '未分配';

/** A row of the schedule, with the care group's English name for exports in English. */
export type ScheduleRow = Item & { tagNameEn: string };

/**
 * The schedule's rows inside `paths` (the reader's territory for the page, the bulk one for exports),
 * every state, overdue first: the query behind the page and its export. The filters of `q` apply but
 * its state (the page counts all states per worker). Two queries: the rows with their last visits,
 * then the workers of their grids.
 */
export async function scheduleRows(
  deps: Deps,
  actor: Actor,
  q: z.infer<typeof VisitScheduleQuery>,
  paths: readonly string[],
): Promise<ScheduleRow[]> {
  const tags = await loadCareTags(deps.db);
  const anywhere = visibleTagCodes(
    tags,
    actor.scope.grants.map((g) => g.role),
  );
  if (anywhere.length === 0) return [];

  const where: SQL[] = [
    withinPaths('p.path', paths),
    sql`p.deleted_at IS NULL`,
    sql`pt.tag_code IN (${sql.join(
      anywhere.map((c) => sql`${c}`),
      sql`, `,
    )})`,
  ];
  if (q.division) where.push(sql`p.path ~ ${`*.${q.division}.*`}::lquery`);
  if (q.grid) where.push(sql`g.code = ${q.grid}`);
  if (q.worker)
    where.push(
      sql`EXISTS (SELECT 1 FROM role_assignment ra
                   WHERE ra.user_id = ${q.worker} AND ra.role = 'gridWorker' AND ra.scope_path = g.path)`,
    );
  const found = await rows<{
    person_id: string;
    name: string;
    path: string;
    current_address: string | null;
    grid_code: string;
    grid_name: string;
    grid_path: string;
    building_name: string | null;
    unit_no: number | null;
    room_no: string | null;
    tag_code: string;
    tagged_on: string;
    last_visit: string | null;
  }>(
    deps.db,
    sql`SELECT p.id AS person_id, p.name, p.path::text AS path, p.current_address, g.code AS grid_code,
               g.name AS grid_name, g.path::text AS grid_path, b.name AS building_name, r.unit_no, r.room_no,
               pt.tag_code, pt.tagged_on::text AS tagged_on,
               (SELECT max(v.visited_on) FROM visit v
                 WHERE v.person_id = p.id AND pt.tag_code = ANY (v.tag_codes))::text AS last_visit
          FROM person p JOIN grid g ON g.id = p.grid_id JOIN person_tag pt ON pt.person_id = p.id
          LEFT JOIN room r ON r.id = p.room_id LEFT JOIN building b ON b.id = r.building_id
         WHERE ${sql.join(where, sql` AND `)}`,
  );

  const gridPaths = [...new Set(found.map((r) => r.grid_path))];
  const workerRows =
    gridPaths.length === 0
      ? []
      : await rows<{ grid_path: string; id: string; name: string }>(
          deps.db,
          sql`SELECT DISTINCT ra.scope_path::text AS grid_path, u.id, u.display_name AS name
                FROM role_assignment ra JOIN app_user u ON u.id = ra.user_id
               WHERE ra.role = 'gridWorker' AND NOT u.disabled
                 AND ra.scope_path IN (${sql.join(
                   gridPaths.map((p) => sql`${p}::ltree`),
                   sql`, `,
                 )})
               ORDER BY 1, 3, 2`,
        );
  const workersOf = new Map<string, { id: string; name: string }[]>();
  for (const w of workerRows)
    workersOf.set(w.grid_path, [...(workersOf.get(w.grid_path) ?? []), { id: w.id, name: w.name }]);

  const today = chinaDay(deps.clock.now());
  const tagByCode = new Map(tags.map((t, i) => [t.code, { ...t, sort: i }]));
  const items: (ScheduleRow & { sort: number })[] = [];
  for (const r of found) {
    const tag = tagByCode.get(r.tag_code)!;
    if (!canSeeTag(registryPolicy.rolesAt(actor.scope, r.path), tag.visible_to)) continue;
    const due = visitSchedule(
      { lastVisit: r.last_visit, taggedOn: r.tagged_on, visitEveryDays: tag.visit_every_days },
      today,
    );
    items.push({
      personId: r.person_id,
      personName: r.name,
      address: r.building_name ? `${r.building_name}${r.unit_no}单元${r.room_no}室` : r.current_address,
      grid: { code: r.grid_code, name: r.grid_name },
      tag: { code: tag.code, name: tag.name_zh, visitEveryDays: tag.visit_every_days },
      tagNameEn: tag.name_en,
      lastVisit: r.last_visit,
      ...due,
      workers: workersOf.get(r.grid_path) ?? [],
      sort: tag.sort,
    });
  }

  return items
    .sort(
      (a, b) =>
        STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
        b.overdueDays - a.overdueDays ||
        a.dueOn.localeCompare(b.dueOn) ||
        a.grid.code.localeCompare(b.grid.code) ||
        a.personName.localeCompare(b.personName, 'zh-CN') ||
        a.personId.localeCompare(b.personId) ||
        a.sort - b.sort,
    )
    .map(({ sort: _, ...item }) => item);
}

/** The query's state filter ('all' keeps every row). */
export const inState =
  (state: z.infer<typeof VisitScheduleQuery>['state']) =>
  (item: Item): boolean =>
    state === 'all' || item.state === state;

/**
 * Who is due a visit: one row per live tagged person in scope and care group the caller may see over
 * that person. A visit counts only for the care groups it names (`visit.tag_codes`): a general visit
 * names none and restarts no clock. The due day is the domain's (`visitSchedule`), from the last
 * visit naming the group or else the day it was given. `byWorker` counts the rows (all states, before
 * the state filter) for each grid worker of the row's grid; rows of grids without one count under
 * "未分配".
 */
export async function visitScheduleOf(
  deps: Deps,
  actor: Actor,
  q: z.infer<typeof VisitScheduleQuery>,
): Promise<z.infer<typeof VisitSchedule>> {
  const paths = registryPolicy.readPaths(actor.scope);
  if (paths.length === 0) throw new AppError('FORBIDDEN');
  const items = await scheduleRows(deps, actor, q, paths);

  const counts = new Map<string | null, WorkerCount>();
  for (const item of items) {
    const workers = item.workers.length > 0 ? item.workers : [{ id: null, name: UNASSIGNED }];
    for (const w of workers) {
      const c = counts.get(w.id) ?? { id: w.id, name: w.name, overdue: 0, due: 0, total: 0 };
      if (item.state === 'overdue') c.overdue++;
      if (item.state === 'due') c.due++;
      c.total++;
      counts.set(w.id, c);
    }
  }

  return {
    items: items.filter(inState(q.state)).map(({ tagNameEn: _, ...item }) => item),
    byWorker: [...counts.values()].sort(
      (a, b) =>
        Number(a.id === null) - Number(b.id === null) ||
        b.overdue - a.overdue ||
        b.due - a.due ||
        b.total - a.total ||
        a.name.localeCompare(b.name, 'zh-CN'),
    ),
  };
}
