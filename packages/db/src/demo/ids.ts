import { createHash } from 'node:crypto';

/**
 * A stable UUID (version 5 layout, SHA-1 of a name) for a demo row, so that parents and children can be
 * linked before inserting, and the same demo row has the same id on every run.
 */
export function demoId(name: string): string {
  const hex = createHash('sha1').update(`wangge-demo:${name}`).digest('hex');
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const gridId = (code: string): string => demoId(`grid:${code}`);
export const microGridId = (code: string): string => demoId(`micro_grid:${code}`);
export const buildingId = (code: string): string => demoId(`building:${code}`);
export const departmentId = (code: string): string => demoId(`department:${code}`);
export const userId = (username: string): string => demoId(`user:${username}`);
export const partyOrgId = (key: string): string => demoId(`party_org:${key}`);
