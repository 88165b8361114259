export * from './audit.ts';
export * from './auth.ts';
export * from './cases.ts';
export * from './common.ts';
export * from './files.ts';
export * from './org.ts';
export * from './sla.ts';
export * from './taxonomy.ts';
