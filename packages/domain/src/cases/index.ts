export * from './action-roles.ts';
export * from './case-number.ts';
export * from './channels.ts';
export * from './classify.ts';
export * from './labels.ts';
export * from './levels.ts';
export * from './workflow.ts';
