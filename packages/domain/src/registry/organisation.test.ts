import assert from 'node:assert/strict';
import { test } from 'node:test';
import { idNumberCheckChar } from '../codes/id-number.ts';
import { validateOrganisation } from './organisation.ts';

const today = new Date('2026-11-21T02:00:00Z');
const errs = (r: ReturnType<typeof validateOrganisation>) =>
  r.ok ? [] : r.errors.map((e) => `${e.field}:${e.code}`).sort();

test('a company with a valid credit code, its legal representative and a landline', () => {
  const rep = `37010219700101123${idNumberCheckChar('37010219700101123')}`;
  const r = validateOrganisation(
    {
      name: ' 济南甸柳 商贸有限公司 ',
      kind: '企业',
      uscc: '91350100m000100y43',
      legalRepName: '李四',
      legalRepIdNumber: rep,
      contactPhone: '0531 8601 2345',
      hasPartyOrg: true,
      partyMembers: 3,
    },
    today,
  );
  assert.ok(r.ok);
  assert.equal(r.organisation.name, '济南甸柳 商贸有限公司');
  assert.equal(r.organisation.kind, 'company');
  assert.equal(r.organisation.uscc, '91350100M000100Y43');
  assert.equal(r.organisation.contactPhone, '0531-86012345');
});

test('companies need a credit code; owners committees do not', () => {
  assert.deepEqual(errs(validateOrganisation({ name: 'A', kind: 'company' }, today)), ['uscc:REQUIRED']);
  assert.deepEqual(errs(validateOrganisation({ name: '甸柳一居业委会', kind: '业主委员会' }, today)), []);
});

test('every bad field is named', () => {
  assert.deepEqual(
    errs(
      validateOrganisation(
        {
          name: '',
          kind: '公司',
          uscc: '91350100M000100Y44',
          legalRepIdNumber: '123',
          contactPhone: '999',
          employees: -1,
          partyMembers: 1.5,
        },
        today,
      ),
    ),
    [
      'contactPhone:PHONE_INVALID',
      'employees:NUMBER_INVALID',
      'kind:CODE_UNKNOWN',
      'legalRepIdNumber:ID_NUMBER_MALFORMED',
      'name:REQUIRED',
      'partyMembers:NUMBER_INVALID',
      'uscc:USCC_CHECKSUM',
    ],
  );
});
