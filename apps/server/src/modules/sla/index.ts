export { CALENDAR_WARNING_DAYS, calendarStatus, calendarWarning } from './calendar-status.ts';
export { invalidateWorkCalendar, loadWorkCalendar, type SlaConfig } from './load-calendar.ts';
export { SlaErrors } from './sla.errors.ts';
export { slaRoutes } from './sla.routes.ts';
