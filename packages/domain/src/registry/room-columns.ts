import type { RoomDraft } from './room.ts';
import { cellReader, matchHeaders, parseDecimal, type SheetColumn } from './sheet-columns.ts';

/** Where the room is: building (code or name), stairway unit, door number. */
export type RoomPlaceKey = 'building' | 'unitNo' | 'roomNo';
export type RoomColumn = SheetColumn<keyof RoomDraft | RoomPlaceKey>;

/**
 * The housing (实有房屋) spreadsheet: a room is known by its address, so the three address columns are
 * required and together are the key an import updates by.
 */
export const ROOM_COLUMNS: readonly RoomColumn[] = [
  {
    key: 'building',
    zh: '楼栋',
    en: 'Building',
    required: true,
    text: true,
    note: '楼栋编码（18 位）或楼栋名称',
  },
  { key: 'unitNo', zh: '单元', en: 'Unit', required: true, text: true },
  { key: 'roomNo', zh: '房间号', en: 'Room', required: true, text: true, note: '如 302、1502、B-101' },
  { key: 'use', zh: '房屋用途', en: 'Use', dictionary: 'roomUse', note: '新登记的房屋不填为住宅' },
  { key: 'areaM2', zh: '建筑面积', en: 'Floor area', note: '平方米，最多两位小数' },
  { key: 'rentalStatus', zh: '出租情况', en: 'Rental status', dictionary: 'rentalStatus' },
  { key: 'ownerName', zh: '房主姓名', en: 'Owner' },
  { key: 'ownerPhone', zh: '房主电话', en: 'Owner phone', text: true },
  { key: 'note', zh: '备注', en: 'Note' },
];

export const matchRoomHeaders = (headers: readonly string[]) => matchHeaders(ROOM_COLUMNS, headers);

/** A row's cells as a room draft and its address, blanks as null; a malformed area is flagged, not guessed. */
export function roomRow(index: ReadonlyMap<RoomColumn['key'], number>, cells: readonly string[]) {
  const get = cellReader(index, cells);
  const area = parseDecimal(get('areaM2'));
  const draft: RoomDraft = {
    use: get('use'),
    areaM2: area === 'invalid' ? null : area,
    rentalStatus: get('rentalStatus'),
    ownerName: get('ownerName'),
    ownerPhone: get('ownerPhone'),
    note: get('note'),
  };
  return {
    draft,
    address: { building: get('building'), unitNo: get('unitNo'), roomNo: get('roomNo') },
    areaInvalid: area === 'invalid',
  };
}
