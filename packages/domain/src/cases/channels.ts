import { RESIDENT_ROLES, type Role } from '../auth/roles.ts';

export const CASE_CHANNELS = ['patrol', 'resident', 'hotline', 'department', 'sensor'] as const;
export type CaseChannel = (typeof CASE_CHANNELS)[number];

/** Who may report through each channel (DOMAIN.md §5 channels). */
export const CHANNEL_ROLES: Record<CaseChannel, readonly Role[]> = {
  resident: RESIDENT_ROLES,
  patrol: ['gridWorker', 'gridLeader', 'buildingLeader', 'unitLeader', 'communityStaff'],
  hotline: ['hotlineOperator', 'subdistrictDispatcher'],
  department: ['departmentHandler'],
  sensor: ['departmentHandler', 'subdistrictDispatcher'],
};

/** Channels whose reports carry an outside reference: a 12345 work order, or an alarm's device. */
export const EXTERNAL_REF_CHANNELS: readonly CaseChannel[] = ['hotline', 'sensor'];

/** Public reports are verified on site before they are accepted (核实). */
export const needsVerification = (channel: CaseChannel) => channel === 'resident';

export function mayReportThrough(roles: readonly Role[], channel: CaseChannel): boolean {
  return roles.some((r) => CHANNEL_ROLES[channel].includes(r));
}
