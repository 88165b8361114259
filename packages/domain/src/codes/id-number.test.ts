import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { idNumberCheckChar, maskIdNumber, validateIdNumber } from './id-number.ts';

const TODAY = new Date('2025-06-01T04:00:00Z');
/** A valid number built from its first 17 digits. */
const withCheck = (first17: string) => first17 + idNumberCheckChar(first17);

describe('idNumberCheckChar', () => {
  it('matches the STANDARDS §4.1 worked examples', () => {
    assert.equal(idNumberCheckChar('11010519491231002'), 'X');
    assert.equal(idNumberCheckChar('32050819900101123'), '2');
  });
});

describe('validateIdNumber', () => {
  it('accepts a valid number and reads birth date, sex and address code', () => {
    assert.deepEqual(validateIdNumber('11010519491231002X', TODAY), {
      ok: true,
      idNumber: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: 'female',
      addressCode: '110105',
    });
    assert.deepEqual(validateIdNumber('320508199001011232', TODAY), {
      ok: true,
      idNumber: '320508199001011232',
      birthDate: '1990-01-01',
      sex: 'male',
      addressCode: '320508',
    });
  });

  it('accepts a lowercase x and normalises it', () => {
    const r = validateIdNumber('11010519491231002x', TODAY);
    assert.equal(r.ok && r.idNumber, '11010519491231002X');
  });

  it('rejects a wrong check character', () => {
    assert.deepEqual(validateIdNumber('110105194912310021', TODAY), {
      ok: false,
      error: 'ID_NUMBER_CHECKSUM',
    });
    assert.deepEqual(validateIdNumber('32050819900101123X', TODAY), {
      ok: false,
      error: 'ID_NUMBER_CHECKSUM',
    });
    // One digit mistyped.
    assert.deepEqual(validateIdNumber('320508199001011332', TODAY), {
      ok: false,
      error: 'ID_NUMBER_CHECKSUM',
    });
  });

  it('rejects dates that are not on the calendar', () => {
    for (const date of ['19900230', '19900229', '19001301', '19900001', '19900100', '19900431', '17991231']) {
      assert.deepEqual(
        validateIdNumber(withCheck(`320508${date}123`), TODAY),
        { ok: false, error: 'ID_NUMBER_BIRTH_DATE_INVALID' },
        date,
      );
    }
  });

  it('accepts 29 February in a leap year, including 2000', () => {
    assert.equal(validateIdNumber(withCheck('32050819960229123'), TODAY).ok, true);
    assert.equal(validateIdNumber(withCheck('32050820000229123'), TODAY).ok, true);
  });

  it('rejects a birth date after today, judged on the China calendar day', () => {
    assert.equal(validateIdNumber(withCheck('32050820250601123'), TODAY).ok, true);
    assert.deepEqual(validateIdNumber(withCheck('32050820250602123'), TODAY), {
      ok: false,
      error: 'ID_NUMBER_BIRTH_DATE_FUTURE',
    });
    // 17:00 UTC on 1 June is already 2 June in China.
    assert.equal(validateIdNumber(withCheck('32050820250602123'), new Date('2025-06-01T17:00:00Z')).ok, true);
  });

  it('reads sex from the parity of the sequence', () => {
    const sex = (seq: string) => {
      const r = validateIdNumber(withCheck(`32050819900101${seq}`), TODAY);
      return r.ok ? r.sex : r.error;
    };
    assert.equal(sex('001'), 'male');
    assert.equal(sex('002'), 'female');
    assert.equal(sex('999'), 'male');
    assert.equal(sex('000'), 'female');
  });

  it('rejects unknown province prefixes but allows residence permits and foreigners', () => {
    assert.deepEqual(validateIdNumber(withCheck('00050819900101123'), TODAY), {
      ok: false,
      error: 'ID_NUMBER_ADDRESS_INVALID',
    });
    assert.deepEqual(validateIdNumber(withCheck('16050819900101123'), TODAY), {
      ok: false,
      error: 'ID_NUMBER_ADDRESS_INVALID',
    });
    assert.equal(validateIdNumber(withCheck('83000019900101123'), TODAY).ok, true);
    assert.equal(validateIdNumber(withCheck('81000019900101123'), TODAY).ok, true);
    assert.equal(validateIdNumber(withCheck('93115619900101123'), TODAY).ok, true);
  });

  it('rejects malformed input', () => {
    for (const bad of [
      '',
      '11010519491231002',
      '11010519491231002XX',
      '1101051949123100X2',
      '110105491231002', // the old 15-digit form
      ' 11010519491231002X',
      '11010519491231002Y',
      '１１０１０５19491231002X',
      11010519491231002,
      null,
      undefined,
    ]) {
      assert.deepEqual(
        validateIdNumber(bad, TODAY),
        { ok: false, error: 'ID_NUMBER_MALFORMED' },
        String(bad),
      );
    }
  });
});

describe('maskIdNumber', () => {
  it('keeps the first 6 and last 4 characters', () => {
    assert.equal(maskIdNumber('37010219900101123X'), '370102********123X');
    assert.equal(maskIdNumber('11010519491231002x'), '110105********002X');
  });

  it('masks other lengths without leaking the middle', () => {
    assert.equal(maskIdNumber('110105491231002'), '110105*****1002');
    assert.equal(maskIdNumber('1234567890'), '**********');
    assert.equal(maskIdNumber(''), '');
  });
});
