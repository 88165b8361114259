import type { BuildingRegistry } from '@wangge/contracts';
import { one, rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { withinPaths } from '../../lib/sql.ts';
import { registryPolicy } from './registry.policy.ts';
import { roomViews } from './room-view.ts';

const RENTED = new Set(['rented', 'shared']);

/**
 * A building's registry (楼栋房屋、户、人): its stairway units with their rooms, each room's
 * households and the people living there, and the totals. Five queries whatever its size.
 */
export async function getBuildingRegistry(
  deps: Deps,
  actor: Actor,
  code: string,
): Promise<z.infer<typeof BuildingRegistry>> {
  const paths = registryPolicy.readPaths(actor.scope);
  const building = await one<{
    id: string;
    code: string;
    name: string;
    floors: number;
    path: string;
    grid_code: string;
    grid_name: string;
    community_code: string;
    community_name: string;
  }>(
    deps.db,
    sql`SELECT b.id, b.code, b.name, b.floors, b.path::text AS path, g.code AS grid_code, g.name AS grid_name,
               c.code AS community_code, c.name AS community_name
          FROM building b JOIN grid g ON g.id = b.grid_id JOIN division c ON c.code = g.community_code
         WHERE b.code = ${code} AND ${withinPaths('b.path', paths)}`,
  );
  if (!building) throw new AppError('REGISTRY_NOT_FOUND');
  const units = await rows<{ unit_no: number; households: number }>(
    deps.db,
    sql`SELECT unit_no, households FROM building_unit WHERE building_id = ${building.id} ORDER BY unit_no`,
  );
  const rooms = await roomViews(deps.db, sql`r.building_id = ${building.id}`);
  // A room registered under a unit the building no longer lists still shows, under its own number.
  const unitNos = [...new Set([...units.map((u) => u.unit_no), ...rooms.map((r) => r.unitNo)])].sort(
    (a, b) => a - b,
  );
  return {
    building: {
      code: building.code,
      name: building.name,
      floors: building.floors,
      grid: { code: building.grid_code, name: building.grid_name },
      community: { code: building.community_code, name: building.community_name },
    },
    units: unitNos.map((unitNo) => ({
      unitNo,
      households: units.find((u) => u.unit_no === unitNo)?.households ?? 0,
      rooms: rooms.filter((r) => r.unitNo === unitNo),
    })),
    totals: {
      rooms: rooms.length,
      households: rooms.reduce((n, r) => n + r.households.length, 0),
      people: rooms.reduce(
        (n, r) => n + r.residents.length + r.households.reduce((m, h) => m + h.members.length, 0),
        0,
      ),
      rented: rooms.filter((r) => r.rentalStatus !== null && RENTED.has(r.rentalStatus)).length,
    },
    can: {
      edit: registryPolicy.canEdit(actor.scope, building.path),
      reveal: registryPolicy.canReveal(actor.scope, building.path),
    },
  };
}
