import type { PersonCreate, PersonUpdate, PersonView } from '@wangge/contracts';
import { one, type Tx } from '@wangge/db';
import { validatePerson } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { isUniqueViolation } from '../../lib/pg-errors.ts';
import { withinPaths } from '../../lib/sql.ts';
import { recordAudit } from '../audit/index.ts';
import { invalid } from './field-errors.ts';
import { type PersonColumns, personChanges, personColumns } from './person-record.ts';
import { loadPerson, personView } from './person-view.ts';
import { idNumberHash, openIdNumber, openPhone } from './pii.ts';
import { resolvePlace } from './place.ts';
import { registryPolicy } from './registry.policy.ts';

type Input = Omit<z.infer<typeof PersonCreate>, 'idNumber'> & { idNumber?: string; version?: number };

/** Registers a person (a grid worker at the door, or an office). Their ID number must be new to the registry. */
export function createPerson(deps: Deps, actor: Actor, input: z.infer<typeof PersonCreate>) {
  return savePerson(deps, actor, null, input);
}

/** Changes a person's record; `version` must be the one the caller saw. */
export function updatePerson(deps: Deps, actor: Actor, id: string, input: z.infer<typeof PersonUpdate>) {
  return savePerson(deps, actor, id, input);
}

async function savePerson(
  deps: Deps,
  actor: Actor,
  id: string | null,
  input: Input,
): Promise<z.infer<typeof PersonView>> {
  const now = deps.clock.now();
  const checked = validatePerson(id ? await withStoredNumbers(deps, actor, id, input) : input, now);
  if (!checked.ok) throw invalid(checked.errors);
  const person = checked.person;
  const editPaths = registryPolicy.editPaths(actor.scope);
  if (editPaths.length === 0) throw new AppError('FORBIDDEN');
  // Encrypting is CPU work: done before the transaction holds its locks.
  const columns = personColumns(deps.config, person);

  try {
    return await deps.db.transaction(async (tx) => {
      const before = id ? await loadPerson(tx, id, registryPolicy.readPaths(actor.scope), true) : null;
      if (id) {
        if (!before || !registryPolicy.canEdit(actor.scope, before.path))
          throw new AppError('REGISTRY_NOT_FOUND');
        if (before.deleted_at) throw new AppError('REGISTRY_DELETED');
        if (before.version !== input.version) throw new AppError('REGISTRY_VERSION_CONFLICT');
      }
      const place = await resolvePlace(tx, editPaths, input, now);
      const householdId = input.householdId ?? null;
      if (householdId) await checkHousehold(tx, householdId, place.roomId);
      if (!id || columns.id_number_hash !== before?.id_number_hash)
        await checkNewIdNumber(tx, actor, deps.config, person.idType, person.idNumber);

      const values = {
        ...columns,
        grid_id: place.gridId,
        room_id: place.roomId,
        household_id: householdId,
        relation_to_head: householdId ? (input.relationToHead ?? null) : null,
        district_code: place.districtCode,
        path: place.path,
      };
      const changes = personChanges(before ?? null, {
        ...values,
        id_number_mask: columns.id_number_mask,
        phone_mask: columns.phone_mask,
      });
      let personId = id;
      if (!id) personId = (await insertPerson(tx, values, now)).id;
      else if (changes.length > 0) await updatePersonRow(tx, id, values, now);
      if (changes.length > 0)
        await recordAudit(tx, actor, now, {
          action: id ? 'person.update' : 'person.create',
          entityType: 'person',
          entityId: personId,
          districtCode: place.districtCode,
          after: { changes },
        });
      const saved = await loadPerson(tx, personId!, registryPolicy.readPaths(actor.scope));
      return personView(tx, actor.scope, saved!);
    });
  } catch (error) {
    // Two registrations of one number at once: the unique index lets one win.
    if (isUniqueViolation(error, 'person_id_number_live_key'))
      throw new AppError('REGISTRY_PERSON_EXISTS', undefined, { where: '' });
    throw error;
  }
}

/**
 * An edit that leaves the ID number or the phone out keeps the stored ones: they are decrypted here,
 * in memory, to go through the same rules, and never leave the server (this is not a reveal). The
 * version check in the transaction catches a change made in between.
 */
async function withStoredNumbers(deps: Deps, actor: Actor, id: string, input: Input): Promise<Input> {
  if (input.idNumber !== undefined && input.phone !== undefined) return input;
  const stored = await loadPerson(deps.db, id, registryPolicy.readPaths(actor.scope));
  if (!stored) throw new AppError('REGISTRY_NOT_FOUND');
  return {
    ...input,
    idNumber: input.idNumber ?? openIdNumber(deps.config, stored.id_number_enc),
    phone:
      input.phone !== undefined
        ? input.phone
        : stored.phone_enc
          ? openPhone(deps.config, stored.phone_enc)
          : null,
  };
}

type Values = PersonColumns & {
  grid_id: string;
  room_id: string | null;
  household_id: string | null;
  relation_to_head: string | null;
  district_code: string;
  path: string;
};

const assignments = (v: Values) =>
  sql.join(
    Object.entries(v).map(([k, val]) =>
      k === 'path' ? sql`path = ${val}::ltree` : sql`${sql.identifier(k)} = ${val}`,
    ),
    sql`, `,
  );

async function insertPerson(tx: Tx, v: Values, now: Date) {
  const keys = Object.keys(v);
  const vals = Object.entries(v).map(([k, val]) => (k === 'path' ? sql`${val}::ltree` : sql`${val}`));
  return (await one<{ id: string }>(
    tx,
    sql`INSERT INTO person (${sql.join(
      keys.map((k) => sql.identifier(k)),
      sql`, `,
    )}, created_at, updated_at)
        VALUES (${sql.join(vals, sql`, `)}, ${now}, ${now}) RETURNING id`,
  ))!;
}

async function updatePersonRow(tx: Tx, id: string, v: Values, now: Date) {
  await tx.execute(
    sql`UPDATE person SET ${assignments(v)}, version = version + 1, updated_at = ${now} WHERE id = ${id}`,
  );
}

async function checkHousehold(tx: Tx, householdId: string, roomId: string | null) {
  const h = await one<{ id: string }>(
    tx,
    sql`SELECT id FROM household WHERE id = ${householdId} AND room_id IS NOT DISTINCT FROM ${roomId} AND deleted_at IS NULL`,
  );
  if (!h) throw new AppError('REGISTRY_HOUSEHOLD_UNKNOWN');
}

/** An ID number already in the registry: where, if the caller may see it; otherwise only that it is elsewhere. */
async function checkNewIdNumber(
  tx: Tx,
  actor: Actor,
  config: Deps['config'],
  idType: string,
  idNumber: string,
) {
  const hash = idNumberHash(config, idType, idNumber);
  const found = await one<{ id: string; visible: boolean; grid_name: string }>(
    tx,
    sql`SELECT p.id, ${withinPaths('p.path', registryPolicy.readPaths(actor.scope))} AS visible, g.name AS grid_name
          FROM person p JOIN grid g ON g.id = p.grid_id
         WHERE p.id_number_hash = ${hash} AND p.deleted_at IS NULL`,
  );
  if (!found) return;
  if (!found.visible) throw new AppError('REGISTRY_PERSON_ELSEWHERE');
  throw new AppError('REGISTRY_PERSON_EXISTS', { personId: found.id }, { where: found.grid_name });
}
