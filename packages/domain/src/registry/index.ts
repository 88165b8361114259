export { idNumberCheckChar, maskIdNumber, validateIdNumber } from '../codes/id-number.ts';
export * from './care-tags.ts';
export * from './changes.ts';
export * from './dictionaries.ts';
export * from './organisation.ts';
export * from './person.ts';
export * from './phone.ts';
export * from './room.ts';
export * from './uscc.ts';
