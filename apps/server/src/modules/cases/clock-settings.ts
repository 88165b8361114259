/** Deadlines need the holiday calendar and working periods: the sla module owns and caches them. */
export { loadWorkCalendar as loadClockSettings, type SlaConfig as ClockSettings } from '../sla/index.ts';
