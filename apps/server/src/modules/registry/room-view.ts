import type { HouseholdMember, HouseholdView, RoomView } from '@wangge/contracts';
import { one, rows, type Tx } from '@wangge/db';
import { type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { withinPaths } from '../../lib/sql.ts';

type Room = z.infer<typeof RoomView>;
type Household = z.infer<typeof HouseholdView>;
type Member = z.infer<typeof HouseholdMember>;

/** A room row as the use cases need it (numeric area as text, as drivers answer it). */
export interface RoomRow {
  id: string;
  building_id: string;
  unit_no: number;
  room_no: string;
  floor: number | null;
  use: string;
  area_m2: string | null;
  rental_status: string | null;
  owner_person_id: string | null;
  owner_name: string | null;
  owner_phone_enc: string | null;
  owner_phone_mask: string | null;
  note: string | null;
  grid_id: string;
  district_code: string;
  path: string;
  version: number;
  deleted_at: Date | string | null;
}

/** One live room inside `paths`, locked when `forUpdate`. */
export function loadRoom(tx: Tx, id: string, paths: readonly string[], forUpdate = false) {
  return one<RoomRow>(
    tx,
    sql`SELECT r.id, r.building_id, r.unit_no, r.room_no, r.floor, r.use, r.area_m2::text AS area_m2,
               r.rental_status, r.owner_person_id, r.owner_name, r.owner_phone_enc, r.owner_phone_mask, r.note,
               r.grid_id, r.district_code, r.path::text AS path, r.version, r.deleted_at
          FROM room r
         WHERE r.id = ${id} AND r.deleted_at IS NULL AND ${withinPaths('r.path', paths)}
         ${forUpdate ? sql`FOR UPDATE` : sql``}`,
  );
}

interface MemberRow {
  id: string;
  name: string;
  sex: string | null;
  birth_date: string | null;
  relation_to_head: string | null;
  residency_type: string;
  room_id: string | null;
  household_id: string | null;
}

const member = (p: MemberRow): Member => ({
  personId: p.id,
  name: p.name,
  sex: p.sex,
  birthDate: p.birth_date,
  relationToHead: p.relation_to_head,
  residencyType: p.residency_type,
});

/** Members of the given households, heads first (live people only). */
export async function householdMembers(tx: Tx, householdIds: readonly string[]) {
  if (householdIds.length === 0) return [];
  return rows<MemberRow>(
    tx,
    sql`SELECT p.id, p.name, p.sex, p.birth_date::text AS birth_date, p.relation_to_head, p.residency_type,
               p.room_id, p.household_id
          FROM person p LEFT JOIN household h ON h.id = p.household_id
         WHERE p.household_id IN (${sql.join(
           householdIds.map((id) => sql`${id}`),
           sql`, `,
         )}) AND p.deleted_at IS NULL
         ORDER BY p.household_id, (p.id = h.head_person_id) DESC, p.relation_to_head NULLS LAST, p.birth_date NULLS LAST, p.name`,
  );
}

export function householdView(
  h: { id: string; household_no: string | null; head_person_id: string | null; version: number },
  members: readonly MemberRow[],
): Household {
  return {
    id: h.id,
    householdNo: h.household_no,
    headPersonId: h.head_person_id,
    members: members.filter((m) => m.household_id === h.id).map(member),
    version: h.version,
  };
}

/**
 * The rooms matching `where` (over `room r`) with their owner, households and residents, in three
 * queries whatever the number of rooms: rooms, households, people.
 */
export async function roomViews(tx: Tx, where: SQL): Promise<Room[]> {
  const found = await rows<
    Omit<RoomRow, 'owner_phone_enc' | 'grid_id' | 'district_code' | 'path' | 'deleted_at'> & {
      owner_person_name: string | null;
    }
  >(
    tx,
    sql`SELECT r.id, r.building_id, r.unit_no, r.room_no, r.floor, r.use, r.area_m2::text AS area_m2,
               r.rental_status, r.owner_person_id, r.owner_name, r.owner_phone_mask, r.note, r.version,
               op.name AS owner_person_name
          FROM room r LEFT JOIN person op ON op.id = r.owner_person_id AND op.deleted_at IS NULL
         WHERE r.deleted_at IS NULL AND ${where}
         ORDER BY r.unit_no, r.floor NULLS LAST, r.room_no`,
  );
  if (found.length === 0) return [];
  const roomIds = sql.join(
    found.map((r) => sql`${r.id}`),
    sql`, `,
  );
  const households = await rows<{
    id: string;
    room_id: string;
    household_no: string | null;
    head_person_id: string | null;
    version: number;
  }>(
    tx,
    sql`SELECT id, room_id, household_no, head_person_id, version FROM household
         WHERE room_id IN (${roomIds}) AND deleted_at IS NULL ORDER BY household_no NULLS LAST, created_at, id`,
  );
  const people = await rows<MemberRow>(
    tx,
    sql`SELECT p.id, p.name, p.sex, p.birth_date::text AS birth_date, p.relation_to_head, p.residency_type,
               p.room_id, p.household_id
          FROM person p LEFT JOIN household h ON h.id = p.household_id AND h.deleted_at IS NULL
         WHERE p.room_id IN (${roomIds}) AND p.deleted_at IS NULL
         ORDER BY (p.id = h.head_person_id) DESC NULLS LAST, p.relation_to_head NULLS LAST, p.birth_date NULLS LAST, p.name`,
  );
  const live = new Set(households.map((h) => h.id));
  return found.map((r) => ({
    id: r.id,
    unitNo: r.unit_no,
    roomNo: r.room_no,
    floor: r.floor,
    use: r.use,
    areaM2: r.area_m2 === null ? null : Number(r.area_m2),
    rentalStatus: r.rental_status,
    owner: {
      personId: r.owner_person_id,
      name: r.owner_name ?? r.owner_person_name,
      phoneMasked: r.owner_phone_mask,
    },
    note: r.note,
    households: households.filter((h) => h.room_id === r.id).map((h) => householdView(h, people)),
    residents: people
      .filter((p) => p.room_id === r.id && !(p.household_id && live.has(p.household_id)))
      .map(member),
    version: r.version,
  }));
}

/** One room's view (it exists: the caller loaded it). */
export async function roomView(tx: Tx, id: string): Promise<Room> {
  const [view] = await roomViews(tx, sql`r.id = ${id}`);
  return view!;
}
