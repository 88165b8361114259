import assert from 'node:assert/strict';
import { test } from 'node:test';
import { idNumberCheckChar } from '../codes/id-number.ts';
import { type PersonDraft, validatePerson } from './person.ts';

const today = new Date('2026-11-21T02:00:00Z');
const id = (first17: string) => first17 + idNumberCheckChar(first17);
/** A man born 1990-03-07 (sequence 123 is odd). */
const MAN = id('37010219900307123');
const WOMAN = id('37010219851111042');

const base = (over: Partial<PersonDraft> = {}): PersonDraft => ({
  name: '张三',
  idNumber: MAN,
  residencyType: 'registered',
  ...over,
});

const codes = (draft: PersonDraft) => {
  const r = validatePerson(draft, today);
  return r.ok ? [] : r.errors.map((e) => `${e.field}:${e.code}`).sort();
};
/** Errors are compared as a set: their order is not part of the rule. */
const same = (actual: string[], expected: string[]) => assert.deepEqual(actual, [...expected].sort());

test('a registered resident: birth date and sex come from the ID card number, codes from labels', () => {
  const r = validatePerson(
    base({ ethnicity: '汉族', politicalStatus: '中共党员', phone: '138 0531 5678', hukouConsistent: true }),
    today,
  );
  assert.ok(r.ok);
  assert.equal(r.person.birthDate, '1990-03-07');
  assert.equal(r.person.sex, '1');
  assert.equal(r.person.ethnicity, '01');
  assert.equal(r.person.idType, '111');
  assert.equal(r.person.partyMember, true);
  assert.equal(r.person.phone, '13805315678');
  assert.equal(r.person.hukouConsistent, true);
});

test('lowercase x is normalised and the woman is recognised by an even sequence', () => {
  const withX = id('11010519491231002');
  assert.ok(withX.endsWith('X'));
  const r = validatePerson(base({ idNumber: withX.toLowerCase() }), today);
  assert.ok(r.ok);
  assert.equal(r.person.idNumber, withX);
  const w = validatePerson(base({ idNumber: WOMAN }), today);
  assert.ok(w.ok && w.person.sex === '2');
});

test('name, residency type and ID number are required', () => {
  same(codes({ name: ' ', residencyType: null, idNumber: null }), [
    'name:REQUIRED',
    'residencyType:REQUIRED',
    'idNumber:REQUIRED',
  ]);
});

test('ID number errors carry the GB 11643 reason', () => {
  same(codes(base({ idNumber: `${MAN.slice(0, 17)}${MAN[17] === '0' ? '1' : '0'}` })), [
    'idNumber:ID_NUMBER_CHECKSUM',
  ]);
  same(codes(base({ idNumber: id('37010220270101123') })), ['idNumber:ID_NUMBER_BIRTH_DATE_FUTURE']);
  same(codes(base({ idNumber: id('37010219900230123') })), ['idNumber:ID_NUMBER_BIRTH_DATE_INVALID']);
  same(codes(base({ idNumber: '3701021990' })), ['idNumber:ID_NUMBER_MALFORMED']);
});

test('a stated sex or birth date that contradicts the ID card number is refused', () => {
  same(codes(base({ sex: '女', birthDate: '1990-03-08' })), [
    'sex:SEX_MISMATCH',
    'birthDate:BIRTH_DATE_MISMATCH',
  ]);
  same(codes(base({ sex: '男', birthDate: '1990-03-07' })), []);
});

test('unknown dictionary values, bad division codes, phones and over-long text are named per field', () => {
  same(
    codes(base({ ethnicity: '火星族', nativePlace: '990102', phone: '12345', occupation: 'x'.repeat(51) })),
    [
      'ethnicity:CODE_UNKNOWN',
      'nativePlace:DIVISION_CODE_INVALID',
      'occupation:TOO_LONG',
      'phone:PHONE_INVALID',
    ],
  );
});

test('migrants need a reason for moving; permit dates must be in order; registered-only fields are refused', () => {
  same(codes(base({ residencyType: '流动人口' })), ['migrantReason:REQUIRED']);
  same(
    codes(
      base({
        residencyType: 'migrant',
        migrantReason: '务工',
        permitStart: '2026-01-01',
        permitEnd: '2025-12-31',
      }),
    ),
    ['permitEnd:PERMIT_DATES_ORDER'],
  );
  same(codes(base({ residencyType: 'migrant', migrantReason: '务工', hukouConsistent: false })), [
    'hukouConsistent:NOT_APPLICABLE',
  ]);
  const ok = validatePerson(
    base({
      residencyType: 'migrant',
      migrantReason: 'work',
      permitType: '居住证',
      permitStart: '2026-01-01',
      permitEnd: '2027-01-01',
    }),
    today,
  );
  assert.ok(ok.ok && ok.person.permitType === 'permit' && ok.person.hukouConsistent === null);
});

test('overseas persons: a foreign document, never a resident ID card, and a nationality', () => {
  same(codes(base({ residencyType: 'overseas' })), ['idType:REQUIRED', 'nationality:REQUIRED']);
  same(codes(base({ residencyType: 'overseas', idType: '居民身份证', nationality: 'kor' })), [
    'idType:ID_TYPE_NOT_ALLOWED',
  ]);
  const r = validatePerson(
    base({
      residencyType: 'overseas',
      idType: '普通护照',
      idNumber: 'm1234 5678',
      nationality: 'kor',
      sex: '女',
      birthDate: '1992-05-01',
    }),
    today,
  );
  assert.ok(r.ok);
  assert.equal(r.person.idNumber, 'M12345678');
  assert.equal(r.person.nationality, 'KOR');
  assert.equal(r.person.birthDate, '1992-05-01');
  same(codes(base({ residencyType: 'overseas', idType: '414', nationality: 'K1', migrantReason: '务工' })), [
    'nationality:NATIONALITY_INVALID',
    'migrantReason:NOT_APPLICABLE',
  ]);
});

test('citizens are identified by the resident ID card only', () => {
  same(codes(base({ idType: '414' })), ['idType:ID_TYPE_NOT_ALLOWED']);
});

test('dates must be real calendar dates and not in the future', () => {
  same(
    codes(
      base({
        residencyType: 'overseas',
        idType: '414',
        idNumber: 'E1',
        nationality: 'USA',
        birthDate: '2027-01-01',
      }),
    ),
    ['birthDate:DATE_INVALID'],
  );
  same(
    codes(
      base({
        residencyType: 'overseas',
        idType: '414',
        idNumber: 'E1',
        nationality: 'USA',
        birthDate: '2001-02-29',
      }),
    ),
    ['birthDate:DATE_INVALID'],
  );
});
