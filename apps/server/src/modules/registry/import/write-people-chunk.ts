import { randomUUID } from 'node:crypto';
import { rows, type Tx } from '@wangge/db';
import { isWithin } from '@wangge/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { Config } from '../../../config.ts';
import type { Actor } from '../../../http/types.ts';
import { personChanges, withCiphertexts } from '../person-record.ts';
import type { PreparedPerson } from './prepare-person-row.ts';
import type { ChunkOutcome } from './sheet-import.ts';

/** Rooms and households found or made so far in this import (by address), so each is looked up once. */
export interface ChunkCaches {
  rooms: Map<string, string>;
  households: Map<string, string>;
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

/** The person columns an import writes, with their SQL types (for jsonb_to_recordset). */
const PERSON_COLUMNS: ReadonlyArray<[string, string]> = [
  ['name', 'text'],
  ['former_name', 'text'],
  ['id_type', 'text'],
  ['id_number_enc', 'text'],
  ['id_number_hash', 'text'],
  ['id_number_mask', 'text'],
  ['sex', 'text'],
  ['birth_date', 'date'],
  ['ethnicity', 'text'],
  ['native_place', 'text'],
  ['marital_status', 'text'],
  ['political_status', 'text'],
  ['party_member', 'boolean'],
  ['education', 'text'],
  ['religion', 'text'],
  ['occupation', 'text'],
  ['workplace', 'text'],
  ['phone_enc', 'text'],
  ['phone_hash', 'text'],
  ['phone_mask', 'text'],
  ['hukou_place', 'text'],
  ['hukou_address', 'text'],
  ['current_address', 'text'],
  ['residency_type', 'text'],
  ['hukou_consistent', 'boolean'],
  ['migrant_reason', 'text'],
  ['permit_type', 'text'],
  ['permit_start', 'date'],
  ['permit_end', 'date'],
  ['nationality', 'text'],
  ['foreign_name', 'text'],
  ['grid_id', 'uuid'],
  ['room_id', 'uuid'],
  ['household_id', 'uuid'],
  ['relation_to_head', 'text'],
  ['district_code', 'text'],
  ['path', 'ltree'],
];

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
  ctx: { config: Config; scopePaths: readonly string[]; updatable: Set<string>; caches: ChunkCaches },
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
               -- = ANY(ARRAY(…)) probes the index once per number; IN (SELECT …) was planned as a
               -- scan of every live person, which grew with the table (~70 ms a chunk at 100,000).
               AND id_number_hash = ANY (ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(chunk.map((p) => p.columns.id_number_hash))}::jsonb)))
             FOR UPDATE`,
      )
    ).map((r) => [r.id_number_hash, r]),
  );

  const inserts: Array<{ id: string; values: Record<string, unknown> }> = [];
  const audits: Array<{ entity_id: string; after: unknown; district_code: string }> = [];
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
      // Sealed only now that the row is written (the number may be unchanged: a fresh IV does no harm).
      const sealed = withCiphertexts(ctx.config, p.person, p.columns);
      if ('id_number_enc' in patch) patch.id_number_enc = sealed.id_number_enc;
      if ('phone_enc' in patch) patch.phone_enc = sealed.phone_enc;
      await tx.execute(
        sql`UPDATE person SET ${setList(patch)}, version = version + 1, updated_at = ${now} WHERE id = ${id}`,
      );
      out.updated++;
      audits.push({ entity_id: id, district_code: p.districtCode, after: { changes } });
    } else {
      id = randomUUID();
      inserts.push({ id, values: { ...values, ...withCiphertexts(ctx.config, p.person, p.columns) } });
      out.inserted++;
      audits.push({
        entity_id: id,
        district_code: p.districtCode,
        after: { changes: personChanges(null, values) },
      });
    }
    if (household && p.relationToHead === '02') heads.push({ household, person: id });
  }

  if (inserts.length > 0) {
    // One JSON parameter for the whole chunk: building 500 × 40 bound parameters costs more than the insert.
    const records = JSON.stringify(inserts.map((r) => ({ id: r.id, ...r.values })));
    await tx.execute(
      sql`INSERT INTO person (id, ${sql.raw(PERSON_COLUMNS.map(([c]) => c).join(', '))}, created_at, updated_at)
          SELECT id, ${sql.raw(PERSON_COLUMNS.map(([c]) => `x.${c}`).join(', '))}, ${now}, ${now}
            FROM jsonb_to_recordset(${records}::jsonb)
              AS x(id uuid, ${sql.raw(PERSON_COLUMNS.map(([c, type]) => `${c} ${type}`).join(', '))})`,
    );
  }
  if (heads.length > 0) {
    await tx.execute(
      sql`UPDATE household h SET head_person_id = v.person, version = h.version + 1, updated_at = ${now}
            FROM jsonb_to_recordset(${JSON.stringify(heads)}::jsonb) AS v(household uuid, person uuid)
           WHERE h.id = v.household AND h.head_person_id IS DISTINCT FROM v.person`,
    );
  }
  if (audits.length > 0)
    await tx.execute(
      sql`INSERT INTO audit_log (at, actor_id, actor_name, action, entity_type, entity_id, after, request_id, district_code)
          SELECT ${now}, ${actor.userId}, ${actor.name}, 'person.import', 'person', x.entity_id, x.after, ${actor.requestId}, x.district_code
            FROM jsonb_to_recordset(${JSON.stringify(audits)}::jsonb) AS x(entity_id text, after jsonb, district_code text)`,
    );
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
  const list = JSON.stringify(
    [...missing.values()].map((p) => ({
      building_id: p.room!.buildingId,
      unit_no: p.room!.unitNo,
      room_no: p.room!.roomNo,
      floor: p.room!.floor,
      grid_id: p.gridId,
      district_code: p.districtCode,
      path: p.path,
    })),
  );
  await tx.execute(
    sql`INSERT INTO room (building_id, unit_no, room_no, floor, grid_id, district_code, path, created_at, updated_at)
        SELECT building_id, unit_no, room_no, floor, grid_id, district_code, path, ${now}, ${now}
          FROM jsonb_to_recordset(${list}::jsonb)
            AS x(building_id uuid, unit_no int, room_no text, floor int, grid_id uuid, district_code text, path ltree)
        ON CONFLICT (building_id, unit_no, room_no) DO NOTHING`,
  );
  const found = await rows<{ id: string; building_id: string; unit_no: number; room_no: string }>(
    tx,
    sql`SELECT r.id, r.building_id, r.unit_no, r.room_no
          FROM room r JOIN jsonb_to_recordset(${list}::jsonb) AS x(building_id uuid, unit_no int, room_no text)
            ON r.building_id = x.building_id AND r.unit_no = x.unit_no AND r.room_no = x.room_no`,
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
  const list = JSON.stringify(
    [...missing.values()].map((h) => ({
      room_id: h.room,
      household_no: h.no,
      grid_id: h.p.gridId,
      district_code: h.p.districtCode,
      path: h.p.path,
    })),
  );
  await tx.execute(
    sql`INSERT INTO household (room_id, household_no, grid_id, district_code, path, created_at, updated_at)
        SELECT room_id, household_no, grid_id, district_code, path, ${now}, ${now}
          FROM jsonb_to_recordset(${list}::jsonb)
            AS x(room_id uuid, household_no text, grid_id uuid, district_code text, path ltree)
        ON CONFLICT (room_id, household_no) WHERE household_no IS NOT NULL AND deleted_at IS NULL DO NOTHING`,
  );
  const found = await rows<{ id: string; room_id: string; household_no: string }>(
    tx,
    // Every numbered household of those rooms (a few each), through the (room, number) index; a join
    // with the list was planned as a scan of all households, which grew with every chunk.
    sql`SELECT h.id, h.room_id, h.household_no
          FROM household h
         WHERE h.deleted_at IS NULL AND h.household_no IS NOT NULL
           AND h.room_id = ANY (ARRAY(SELECT (x ->> 'room_id')::uuid FROM jsonb_array_elements(${list}::jsonb) AS x))`,
  );
  for (const h of found) caches.households.set(`${h.room_id}|${h.household_no}`, h.id);
}
