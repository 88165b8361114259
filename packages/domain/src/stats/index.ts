export * from './buckets.ts';
export * from './indicators.ts';
export * from './period.ts';
export * from './working-time.ts';
