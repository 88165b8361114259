import type { Tx } from '@wangge/db';
import { rows } from '@wangge/db';
import type { RoomColumn } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import type { Config } from '../../../config.ts';
import type { Actor } from '../../../http/types.ts';
import { type AuditEntry, recordAudit } from '../../audit/index.ts';
import {
  ownerPhoneColumns,
  type RoomValues,
  roomChanges,
  sealOwnerPhone,
  storedOwnerPhone,
  storedRoomValues,
} from '../room-record.ts';
import type { PreparedRoom } from './prepare-room-row.ts';
import type { ChunkOutcome } from './sheet-import.ts';

interface StoredRoom {
  id: string;
  building_id: string;
  unit_no: number;
  room_no: string;
  use: string;
  area_m2: string | null;
  rental_status: string | null;
  owner_person_id: string | null;
  owner_name: string | null;
  owner_phone_enc: string | null;
  owner_phone_mask: string | null;
  note: string | null;
  deleted_at: Date | string | null;
}

const FIELDS = ['use', 'areaM2', 'rentalStatus', 'ownerName', 'ownerPhone', 'note'] as const;
const keyOf = (r: { building_id: string; unit_no: number; room_no: string }) =>
  `${r.building_id}|${r.unit_no}|${r.room_no}`;

/**
 * Writes one chunk of housing rows in the caller's transaction. A room already registered at the
 * address is updated in the columns the file has, and only if something changed (a blank use keeps
 * the stored one: a room always has a use); a new one is added (residential unless the file says).
 * Every write has an audit row of its changes, the owner's phone as a mask.
 */
export async function writeRoomsChunk(
  tx: Tx,
  actor: Actor,
  now: Date,
  chunk: readonly PreparedRoom[],
  ctx: { config: Config; present: ReadonlyMap<RoomColumn['key'], number> },
): Promise<ChunkOutcome> {
  const out: ChunkOutcome = { inserted: 0, updated: 0, unchanged: 0, problems: [] };
  const addresses = JSON.stringify(
    chunk.map((p) => ({ building_id: p.room.buildingId, unit_no: p.room.unitNo, room_no: p.room.roomNo })),
  );
  const existing = new Map(
    (
      await rows<StoredRoom>(
        tx,
        sql`SELECT r.id, r.building_id, r.unit_no, r.room_no, r.use, r.area_m2::text AS area_m2, r.rental_status,
                   r.owner_person_id, r.owner_name, r.owner_phone_enc, r.owner_phone_mask, r.note, r.deleted_at
              FROM room r JOIN jsonb_to_recordset(${addresses}::jsonb) AS x(building_id uuid, unit_no int, room_no text)
                ON r.building_id = x.building_id AND r.unit_no = x.unit_no AND r.room_no = x.room_no
             FOR UPDATE OF r`,
      )
    ).map((r) => [keyOf(r), r]),
  );
  const present = FIELDS.filter((f) => ctx.present.has(f));
  const audits: AuditEntry[] = [];

  for (const p of chunk) {
    const address = { unitNo: p.room.unitNo, roomNo: p.room.roomNo };
    const before = existing.get(
      keyOf({ building_id: p.room.buildingId, unit_no: p.room.unitNo, room_no: p.room.roomNo }),
    );
    if (before?.deleted_at) {
      out.problems.push({ row: p.row, column: '房间号', value: p.room.roomNo, code: 'ROOM_DELETED' });
      continue;
    }
    if (before) {
      // The stored phone opened in memory only, to tell whether the file changes it.
      const stored = storedOwnerPhone(ctx.config, before.owner_phone_enc, before.owner_phone_mask);
      const old = storedRoomValues(before, stored);
      const next: RoomValues = { ...old };
      for (const f of present) Object.assign(next, { [f]: p.values[f] });
      next.use = p.values.use ?? old.use;
      const changes = roomChanges({ ...old, ...address }, { ...next, ...address });
      if (changes.length === 0) {
        out.unchanged++;
        continue;
      }
      const phone = ownerPhoneColumns(sealOwnerPhone(ctx.config, next.ownerPhone), next.ownerPhone, stored);
      await tx.execute(
        sql`UPDATE room SET use = ${next.use}, area_m2 = ${next.areaM2}, rental_status = ${next.rentalStatus},
                   owner_name = ${next.ownerName}, owner_phone_enc = ${phone.owner_phone_enc},
                   owner_phone_mask = ${phone.owner_phone_mask}, note = ${next.note}, version = version + 1,
                   updated_at = ${now}
             WHERE id = ${before.id}`,
      );
      out.updated++;
      audits.push(entry(before.id, p.districtCode, changes));
      continue;
    }
    const v = p.values;
    // In the form's order: the history lists changes in the order of the fields.
    const values: RoomValues = {
      use: v.use ?? 'residential',
      areaM2: v.areaM2,
      rentalStatus: v.rentalStatus,
      ownerPersonId: null,
      ownerName: v.ownerName,
      ownerPhone: v.ownerPhone,
      note: v.note,
    };
    const phone = ownerPhoneColumns(sealOwnerPhone(ctx.config, values.ownerPhone), values.ownerPhone, null);
    const id = crypto.randomUUID();
    await tx.execute(
      sql`INSERT INTO room (id, building_id, unit_no, room_no, floor, use, area_m2, rental_status, owner_name,
                            owner_phone_enc, owner_phone_mask, note, grid_id, district_code, path, created_at, updated_at)
          VALUES (${id}, ${p.room.buildingId}, ${p.room.unitNo}, ${p.room.roomNo}, ${p.room.floor}, ${values.use},
                  ${values.areaM2}, ${values.rentalStatus}, ${values.ownerName}, ${phone.owner_phone_enc},
                  ${phone.owner_phone_mask}, ${values.note}, ${p.gridId}, ${p.districtCode}, ${p.path}::ltree,
                  ${now}, ${now})`,
    );
    out.inserted++;
    audits.push(entry(id, p.districtCode, roomChanges(null, { ...values, ...address })));
  }
  await recordAudit(tx, actor, now, audits);
  return out;
}

const entry = (id: string, districtCode: string, changes: unknown[]): AuditEntry => ({
  action: 'room.import',
  entityType: 'room',
  entityId: id,
  districtCode,
  after: { changes },
});
