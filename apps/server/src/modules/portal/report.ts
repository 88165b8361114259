import type { PortalReportRequest } from '@wangge/contracts';
import { one } from '@wangge/db';
import { titleFromDescription, toWgs84Point } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import type { Actor, Deps } from '../../http/types.ts';
import { takeRate } from '../../lib/rate-limit.ts';
import { reportCase } from '../cases/index.ts';

/**
 * A resident's report: limited per address and per resident, then the ordinary intake (located to its
 * grid, verified on site first because it is a public report). The point arrives in the system the
 * page says (WGS-84 from the browser, GCJ-02 from WeChat or AMap) and is stored in WGS-84.
 */
export async function reportFromPortal(deps: Deps, actor: Actor, ip: string, r: PortalReportRequest) {
  const now = deps.clock.now();
  await takeRate(deps.db, 'reportsPerAddress', ip, now);
  await takeRate(deps.db, 'reportsPerResident', actor.userId ?? ip, now);
  const created = await reportCase(deps, actor, {
    idempotencyKey: r.idempotencyKey,
    channel: 'resident',
    title: titleFromDescription(r.description),
    description: r.description,
    categoryCode: r.categoryCode,
    location: { lng: r.location.lng, lat: r.location.lat, crs: r.location.crs },
    ...(r.address ? { address: r.address } : {}),
    photos: r.photos,
  });
  const grid = await one<{ name: string | null }>(
    deps.db,
    sql`SELECT g.name FROM case_record c LEFT JOIN grid g ON g.id = c.grid_id WHERE c.id = ${created.id}`,
  );
  const [lng, lat] = toWgs84Point([r.location.lng, r.location.lat], r.location.crs);
  return {
    number: created.number,
    created: created.created,
    gridName: grid?.name ?? null,
    receivedCrs: r.location.crs,
    point: { lng, lat },
  };
}
