import { randomUUID } from 'node:crypto';
import { rows, type Tx } from '@wangge/db';
import { isWithin } from '@wangge/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../../http/types.ts';
import { auditInsert } from '../../audit/index.ts';
import { personChanges } from '../person-record.ts';
import type { PreparedPerson, RowProblem } from './prepare-person-row.ts';

/** Rooms and households found or made so far in this import (by address), so each is looked up once. */
export interface ChunkCaches {
  rooms: Map<string, string>;
  households: Map<string, string>;
}

export interface ChunkOutcome {
  inserted: number;
  updated: number;
  unchanged: number;
  problems: RowProblem[];
}

/** The person columns a spreadsheet column fills (an update touches only columns the file has). */
const FILLS: Record<string, readonly string[]> = {
  name: ['name'],
  formerName: ['former_name'],
  idType: ['id_type'],
  idNumber: ['id_type', 'id_number_enc', 'id_number_hash', 'id_number_mask', 'sex', 'birth_date'],
  sex: ['sex'],
  birthDate: ['birth_date'],
  ethnicity: ['ethnicity'],
  nativePlace: ['native_place'],
  maritalStatus: ['marital_status'],
  politicalStatus: ['political_status', 'party_member'],
  education: ['education'],
  religion: ['religion'],
  occupation: ['occupation'],
  workplace: ['workplace'],
  phone: ['phone_enc', 'phone_hash', 'phone_mask'],
  hukouPlace: ['hukou_place'],
  hukouAddress: ['hukou_address'],
  currentAddress: ['current_address'],
  residencyType: ['residency_type'],
  hukouConsistent: ['hukou_consistent'],
  migrantReason: ['migrant_reason'],
  permitType: ['permit_type'],
  permitStart: ['permit_start'],
  permitEnd: ['permit_end'],
  nationality: ['nationality'],
  foreignName: ['foreign_name'],
  householdNo: ['household_id', 'relation_to_head'],
};
/** Fields of one residency type: when the type changes they are rewritten whatever the file has. */
const SUBTYPE = [
  'hukou_consistent',
  'migrant_reason',
  'permit_type',
  'permit_start',
  'permit_end',
  'nationality',
  'foreign_name',
];
const PLACE = ['grid_id', 'room_id', 'path', 'district_code'];

/** Which person columns an update of this file may write. */
export function updatableColumns(present: Iterable<string>): Set<string> {
  const cols = new Set<string>(PLACE);
  for (const key of present) for (const c of FILLS[key] ?? []) cols.add(c);
  return cols;
}

const roomKey = (r: NonNullable<PreparedPerson['room']>) => `${r.buildingId}|${r.unitNo}|${r.roomNo}`;

/**
 * Writes one chunk of prepared rows in the caller's transaction: rooms and households found or
 * added, people inserted or updated (only when something changed: a re-import writes nothing),
 * each with an audit row of its changes, in a handful of multi-row statements.
 */
export async function writePeopleChunk(
  tx: Tx,
  actor: Actor,
  now: Date,
  chunk: readonly PreparedPerson[],
  ctx: { scopePaths: readonly string[]; updatable: Set<string>; caches: ChunkCaches },
): Promise<ChunkOutcome> {
  const out: ChunkOutcome = { inserted: 0, updated: 0, unchanged: 0, problems: [] };
  if (chunk.length === 0) return out;
  await ensureRooms(tx, chunk, ctx.caches, now);
  await ensureHouseholds(tx, chunk, ctx.caches, now);

  const existing = new Map(
    (
      await rows<
        Record<string, unknown> & { id: string; path: string; id_number_hash: string; residency_type: string }
      >(
        tx,
        sql`SELECT id, path::text AS path, name, former_name, id_type, id_number_hash, id_number_mask, sex,
                   birth_date::text AS birth_date, ethnicity, native_place, marital_status, political_status,
                   party_member, education, religion, occupation, workplace, phone_hash, phone_mask, hukou_place,
                   hukou_address, current_address, residency_type, hukou_consistent, migrant_reason, permit_type,
                   permit_start::text AS permit_start, permit_end::text AS permit_end, nationality, foreign_name,
                   grid_id, room_id, household_id, relation_to_head, district_code
              FROM person
             WHERE deleted_at IS NULL
               AND id_number_hash IN (${sql.join(
                 chunk.map((p) => sql`${p.columns.id_number_hash}`),
                 sql`, `,
               )})
             FOR UPDATE`,
      )
    ).map((r) => [r.id_number_hash, r]),
  );

  const inserts: Array<{ id: string; values: Record<string, unknown> }> = [];
  const audits: Parameters<typeof auditInsert>[3] = [];
  const heads: Array<{ household: string; person: string }> = [];
  for (const p of chunk) {
    const room = p.room ? ctx.caches.rooms.get(roomKey(p.room))! : null;
    const household = room && p.householdNo ? ctx.caches.households.get(`${room}|${p.householdNo}`)! : null;
    const values: Record<string, unknown> = {
      ...p.columns,
      grid_id: p.gridId,
      room_id: room,
      household_id: household,
      relation_to_head: household ? p.relationToHead : null,
      district_code: p.districtCode,
      path: p.path,
    };
    const before = existing.get(p.columns.id_number_hash);
    if (before && !ctx.scopePaths.some((s) => isWithin(before.path, s))) {
      out.problems.push({ row: p.row, column: '证件号码', value: '', code: 'PERSON_ELSEWHERE' });
      continue;
    }
    let id: string;
    if (before) {
      id = before.id;
      const cols = new Set(ctx.updatable);
      if (before.residency_type !== p.person.residencyType) for (const c of SUBTYPE) cols.add(c);
      const patch = Object.fromEntries(Object.entries(values).filter(([k]) => cols.has(k)));
      const changes = personChanges(before, { ...before, ...patch });
      if (changes.length === 0) {
        out.unchanged++;
        continue;
      }
      await tx.execute(
        sql`UPDATE person SET ${setList(patch)}, version = version + 1, updated_at = ${now} WHERE id = ${id}`,
      );
      out.updated++;
      audits.push({
        action: 'person.import',
        entityType: 'person',
        entityId: id,
        districtCode: p.districtCode,
        after: { changes },
      });
    } else {
      id = randomUUID();
      inserts.push({ id, values });
      out.inserted++;
      audits.push({
        action: 'person.import',
        entityType: 'person',
        entityId: id,
        districtCode: p.districtCode,
        after: { changes: personChanges(null, values) },
      });
    }
    if (household && p.relationToHead === '02') heads.push({ household, person: id });
  }

  if (inserts.length > 0) {
    const keys = Object.keys(inserts[0]!.values);
    await tx.execute(
      sql`INSERT INTO person (id, ${sql.join(
        keys.map((k) => sql.identifier(k)),
        sql`, `,
      )}, created_at, updated_at)
          VALUES ${sql.join(
            inserts.map(
              (r) =>
                sql`(${r.id}, ${sql.join(
                  keys.map((k) => (k === 'path' ? sql`${r.values[k]}::ltree` : sql`${r.values[k]}`)),
                  sql`, `,
                )}, ${now}, ${now})`,
            ),
            sql`, `,
          )}`,
    );
  }
  if (heads.length > 0) {
    await tx.execute(
      sql`UPDATE household h SET head_person_id = v.person::uuid, version = h.version + 1, updated_at = ${now}
            FROM (VALUES ${sql.join(
              heads.map((x) => sql`(${x.household}, ${x.person})`),
              sql`, `,
            )}) AS v(household, person)
           WHERE h.id = v.household::uuid AND h.head_person_id IS DISTINCT FROM v.person::uuid`,
    );
  }
  if (audits.length > 0) await auditInsert(tx, actor, now, audits);
  return out;
}

function setList(patch: Record<string, unknown>): SQL {
  return sql.join(
    Object.entries(patch).map(([k, v]) =>
      k === 'path' ? sql`path = ${v}::ltree` : sql`${sql.identifier(k)} = ${v}`,
    ),
    sql`, `,
  );
}

/** The rooms of the chunk not yet known: looked up, and those missing added (residential, nothing else known). */
async function ensureRooms(tx: Tx, chunk: readonly PreparedPerson[], caches: ChunkCaches, now: Date) {
  const missing = new Map<string, PreparedPerson>();
  for (const p of chunk) if (p.room && !caches.rooms.has(roomKey(p.room))) missing.set(roomKey(p.room), p);
  if (missing.size === 0) return;
  const list = [...missing.values()];
  await tx.execute(
    sql`INSERT INTO room (building_id, unit_no, room_no, floor, grid_id, district_code, path, created_at, updated_at)
        VALUES ${sql.join(
          list.map(
            (p) =>
              sql`(${p.room!.buildingId}, ${p.room!.unitNo}, ${p.room!.roomNo}, ${p.room!.floor}, ${p.gridId},
                   ${p.districtCode}, ${p.path}::ltree, ${now}, ${now})`,
          ),
          sql`, `,
        )}
        ON CONFLICT (building_id, unit_no, room_no) DO NOTHING`,
  );
  const found = await rows<{ id: string; building_id: string; unit_no: number; room_no: string }>(
    tx,
    sql`SELECT id, building_id, unit_no, room_no FROM room
         WHERE (building_id, unit_no, room_no) IN (${sql.join(
           list.map(
             (p) => sql`(${p.room!.buildingId}::uuid, ${p.room!.unitNo}::int, ${p.room!.roomNo}::text)`,
           ),
           sql`, `,
         )})`,
  );
  for (const r of found) caches.rooms.set(`${r.building_id}|${r.unit_no}|${r.room_no}`, r.id);
}

async function ensureHouseholds(tx: Tx, chunk: readonly PreparedPerson[], caches: ChunkCaches, now: Date) {
  const missing = new Map<string, { room: string; no: string; p: PreparedPerson }>();
  for (const p of chunk) {
    if (!p.room || !p.householdNo) continue;
    const room = caches.rooms.get(roomKey(p.room))!;
    const key = `${room}|${p.householdNo}`;
    if (!caches.households.has(key)) missing.set(key, { room, no: p.householdNo, p });
  }
  if (missing.size === 0) return;
  const list = [...missing.values()];
  await tx.execute(
    sql`INSERT INTO household (room_id, household_no, grid_id, district_code, path, created_at, updated_at)
        VALUES ${sql.join(
          list.map(
            (h) =>
              sql`(${h.room}, ${h.no}, ${h.p.gridId}, ${h.p.districtCode}, ${h.p.path}::ltree, ${now}, ${now})`,
          ),
          sql`, `,
        )}
        ON CONFLICT (room_id, household_no) WHERE household_no IS NOT NULL AND deleted_at IS NULL DO NOTHING`,
  );
  const found = await rows<{ id: string; room_id: string; household_no: string }>(
    tx,
    sql`SELECT id, room_id, household_no FROM household
         WHERE deleted_at IS NULL AND (room_id, household_no) IN (${sql.join(
           list.map((h) => sql`(${h.room}::uuid, ${h.no}::text)`),
           sql`, `,
         )})`,
  );
  for (const h of found) caches.households.set(`${h.room_id}|${h.household_no}`, h.id);
}
