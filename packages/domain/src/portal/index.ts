export * from './location-rounding.ts';
export * from './phone.ts';
export * from './progress.ts';
export * from './public-text.ts';
export * from './rate-limit.ts';
export * from './sms-code.ts';
