export * from './calendar.ts';
export * from './limits.ts';
