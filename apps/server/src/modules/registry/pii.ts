import { maskAnyPhone, maskIdNumber } from '@wangge/domain';
import type { Config } from '../../config.ts';
import { decryptPii, encryptPii } from '../../lib/pii-crypto.ts';
import { blindIndex } from '../../lib/pii-key.ts';

/** A personal number as stored: ciphertext, blind index (where we search by it) and mask. */
export interface Sealed {
  enc: string;
  hash: string;
  mask: string;
}

/** The blind index of an identity document: the document type is part of it (a passport is not an ID card). */
export const idNumberHash = (config: Config, idType: string, idNumber: string) =>
  blindIndex(config, 'id', `${idType}:${idNumber}`);

export const phoneHash = (config: Config, phone: string) => blindIndex(config, 'phone', phone);

export function sealIdNumber(config: Config, idType: string, idNumber: string): Sealed {
  return {
    enc: encryptPii(config, 'id_number', idNumber),
    hash: idNumberHash(config, idType, idNumber),
    mask: maskIdNumber(idNumber),
  };
}

export function sealPhone(config: Config, phone: string): Sealed {
  return {
    enc: encryptPii(config, 'phone', phone),
    hash: phoneHash(config, phone),
    mask: maskAnyPhone(phone),
  };
}

export const openIdNumber = (config: Config, enc: string) => decryptPii(config, 'id_number', enc);
export const openPhone = (config: Config, enc: string) => decryptPii(config, 'phone', enc);
