import { AppError } from '../../http/errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Record ids in paths are UUIDs; anything else names no record (and must not reach a uuid column). */
export function assertRecordId(id: string): void {
  if (!UUID.test(id)) throw new AppError('REGISTRY_NOT_FOUND');
}
