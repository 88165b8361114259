import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchOrganisationHeaders, ORGANISATION_COLUMNS, organisationRow } from './organisation-columns.ts';

test('organisation headers: name and kind are required', () => {
  assert.deepEqual(
    matchOrganisationHeaders(['统一社会信用代码']).missing.map((c) => c.key),
    ['name', 'kind'],
  );
});

test('an organisation row: counts and 有/无 parsed, malformed ones flagged, place apart', () => {
  const headers = ORGANISATION_COLUMNS.map((c) => c.en);
  const { index } = matchOrganisationHeaders(headers);
  const cells = headers.map(() => '');
  cells[headers.indexOf('Name')] = '甸柳物业';
  cells[headers.indexOf('Employees')] = '1,200';
  cells[headers.indexOf('Party organisation')] = '有';
  cells[headers.indexOf('Party members')] = 'twelve';
  cells[headers.indexOf('Grid code')] = '370102009002001';
  const r = organisationRow(index, cells);
  assert.equal(r.draft.name, '甸柳物业');
  assert.equal(r.draft.employees, 1200);
  assert.equal(r.draft.hasPartyOrg, true);
  assert.equal(r.draft.partyMembers, null);
  assert.deepEqual(r.invalid, [{ field: 'partyMembers', code: 'NUMBER_INVALID' }]);
  assert.deepEqual(r.place, { gridCode: '370102009002001', building: null });
});

test('every organisation and room header is unique in both languages', () => {
  const all = ORGANISATION_COLUMNS.flatMap((c) => [c.zh, c.en]);
  assert.equal(new Set(all).size, all.length);
});
