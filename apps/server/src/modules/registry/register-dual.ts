import type { DualRegistrationCreate, DualRegistrationView } from '@wangge/contracts';
import { one, type Tx } from '@wangge/db';
import { chinaDay } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { isUniqueViolation } from '../../lib/pg-errors.ts';
import { withinPaths } from '../../lib/sql.ts';
import { recordAudit } from '../audit/index.ts';
import './care.errors.ts';
import { dualView, loadDual } from './dual-view.ts';
import { checkPastDate } from './past-date.ts';
import { loadPerson } from './person-view.ts';
import { registryPolicy } from './registry.policy.ts';

type Input = z.infer<typeof DualRegistrationCreate>;

/**
 * 双报到: a party member (a live person whose political status makes them one) or a unit registers
 * at a community to serve there. The community must be one the caller keeps; the member or unit one
 * they may read. One active registration per member or unit and community (the partial unique
 * indexes settle two at once).
 */
export async function registerDual(
  deps: Deps,
  actor: Actor,
  input: Input,
): Promise<z.infer<typeof DualRegistrationView>> {
  const now = deps.clock.now();
  if (!input.personId === !input.organisationId) throw new AppError('REGISTRY_DUAL_ONE_PARTY');
  checkPastDate('registeredOn', input.registeredOn, chinaDay(now), '2000-01-01');
  const editPaths = registryPolicy.editPaths(actor.scope);
  if (editPaths.length === 0) throw new AppError('FORBIDDEN');
  try {
    return await deps.db.transaction(async (tx) => {
      const community = await one<{ code: string; district_code: string; path: string }>(
        tx,
        sql`SELECT code, district_code, path::text AS path FROM division
             WHERE code = ${input.communityCode} AND level = 'community' AND ${withinPaths('path', editPaths)}`,
      );
      if (!community)
        throw new AppError('REGISTRY_DUAL_COMMUNITY_UNKNOWN', undefined, { code: input.communityCode });
      await checkParty(tx, actor, input);
      const active = await one<{ id: string }>(
        tx,
        sql`SELECT id FROM dual_registration
             WHERE community_code = ${community.code} AND ended_on IS NULL
               AND ${input.personId ? sql`person_id = ${input.personId}` : sql`organisation_id = ${input.organisationId!}`}`,
      );
      if (active) throw new AppError('REGISTRY_DUAL_EXISTS', { id: active.id });
      const saved = (await one<{ id: string }>(
        tx,
        sql`INSERT INTO dual_registration (person_id, organisation_id, community_code, district_code, path,
                                           registered_on, services, created_by, created_at)
            VALUES (${input.personId ?? null}, ${input.organisationId ?? null}, ${community.code},
                    ${community.district_code}, ${community.path}::ltree, ${input.registeredOn},
                    ${input.services?.trim() || null}, ${actor.userId}, ${now})
            RETURNING id`,
      ))!;
      await recordAudit(tx, actor, now, {
        action: 'dual.create',
        entityType: 'dual_registration',
        entityId: saved.id,
        districtCode: community.district_code,
        after: {
          personId: input.personId ?? null,
          organisationId: input.organisationId ?? null,
          communityCode: community.code,
          registeredOn: input.registeredOn,
        },
      });
      return dualView((await loadDual(tx, saved.id))!);
    });
  } catch (error) {
    if (
      isUniqueViolation(error, 'dual_registration_person_key') ||
      isUniqueViolation(error, 'dual_registration_org_key')
    )
      throw new AppError('REGISTRY_DUAL_EXISTS');
    throw error;
  }
}

/** The member must be a live party member, the unit live; either inside the caller's reading scope. */
async function checkParty(tx: Tx, actor: Actor, input: Input) {
  const readPaths = registryPolicy.readPaths(actor.scope);
  if (input.personId) {
    const p = await loadPerson(tx, input.personId, readPaths);
    if (!p) throw new AppError('REGISTRY_NOT_FOUND');
    if (p.deleted_at) throw new AppError('REGISTRY_DELETED');
    if (!p.party_member) throw new AppError('REGISTRY_DUAL_NOT_PARTY');
    return;
  }
  const o = await one<{ deleted_at: Date | null }>(
    tx,
    sql`SELECT deleted_at FROM organisation WHERE id = ${input.organisationId!} AND ${withinPaths('path', readPaths)}`,
  );
  if (!o) throw new AppError('REGISTRY_NOT_FOUND');
  if (o.deleted_at) throw new AppError('REGISTRY_DELETED');
}
