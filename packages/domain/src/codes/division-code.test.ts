import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { divisionPath, isCommunityCode, isProvincePrefix, parseDivisionCode } from './division-code.ts';

describe('parseDivisionCode', () => {
  it('parses a county/district code', () => {
    assert.deepEqual(parseDivisionCode('370102'), {
      ok: true,
      code: '370102',
      level: 'district',
      kind: 'county',
      districtCode: '370102',
      parentCode: null,
    });
  });

  it('accepts a prefecture-level city without counties (东莞 441900) as a district', () => {
    const r = parseDivisionCode('441900');
    assert.equal(r.ok && r.kind, 'prefecture');
    assert.equal(r.ok && r.level, 'district');
  });

  it('parses a subdistrict code with its parent', () => {
    assert.deepEqual(parseDivisionCode('370102009'), {
      ok: true,
      code: '370102009',
      level: 'subdistrict',
      kind: 'subdistrict',
      districtCode: '370102',
      subdistrictCode: '370102009',
      parentCode: '370102',
    });
  });

  it('tells subdistrict kinds from the first of the three new digits', () => {
    const kind = (code: string) => {
      const r = parseDivisionCode(code);
      return r.ok ? r.kind : r.error;
    };
    assert.equal(kind('370102001'), 'subdistrict');
    assert.equal(kind('370102099'), 'subdistrict');
    assert.equal(kind('370102100'), 'town');
    assert.equal(kind('370102199'), 'town');
    assert.equal(kind('370102200'), 'township');
    assert.equal(kind('370102399'), 'township');
    assert.equal(kind('370102400'), 'govEnterprise');
    assert.equal(kind('370102599'), 'govEnterprise');
    assert.equal(kind('370102600'), 'DIVISION_CODE_KIND_UNKNOWN');
    assert.equal(kind('370102999'), 'DIVISION_CODE_KIND_UNKNOWN');
  });

  it('parses a community code (居委会 001–199) and a village code (村委会 200+)', () => {
    assert.deepEqual(parseDivisionCode('320508019044'), {
      ok: true,
      code: '320508019044',
      level: 'community',
      kind: 'residents',
      districtCode: '320508',
      subdistrictCode: '320508019',
      communityCode: '320508019044',
      parentCode: '320508019',
    });
    const kind = (code: string) => {
      const r = parseDivisionCode(code);
      return r.ok ? r.kind : r.error;
    };
    assert.equal(kind('370102009001'), 'residents');
    assert.equal(kind('370102009199'), 'residents');
    assert.equal(kind('370102109200'), 'villagers');
    assert.equal(kind('370102109999'), 'villagers');
  });

  it('rejects 000 at a level (the parent padded to length)', () => {
    assert.deepEqual(parseDivisionCode('370102000'), { ok: false, error: 'DIVISION_CODE_ZERO_SEGMENT' });
    assert.deepEqual(parseDivisionCode('370102009000'), { ok: false, error: 'DIVISION_CODE_ZERO_SEGMENT' });
    assert.deepEqual(parseDivisionCode('370102000001'), { ok: false, error: 'DIVISION_CODE_ZERO_SEGMENT' });
  });

  it('rejects province codes and unknown provinces', () => {
    assert.deepEqual(parseDivisionCode('370000'), { ok: false, error: 'DIVISION_CODE_NOT_COUNTY' });
    assert.deepEqual(parseDivisionCode('990102'), { ok: false, error: 'DIVISION_CODE_PROVINCE_UNKNOWN' });
    assert.deepEqual(parseDivisionCode('000000'), { ok: false, error: 'DIVISION_CODE_PROVINCE_UNKNOWN' });
    assert.deepEqual(parseDivisionCode('160102'), { ok: false, error: 'DIVISION_CODE_PROVINCE_UNKNOWN' });
  });

  it('rejects wrong lengths, non-digits and non-strings', () => {
    for (const bad of [
      '',
      '37010',
      '3701020',
      '37010200',
      '3701020090',
      '37010200900',
      '3701020090011',
      '37010200900a',
      ' 370102',
      '370102 ',
      '３７０１０２',
      '370102009001001',
      370102,
      null,
      undefined,
      {},
    ]) {
      assert.deepEqual(parseDivisionCode(bad), { ok: false, error: 'DIVISION_CODE_MALFORMED' }, String(bad));
    }
  });
});

describe('divisionPath', () => {
  it('builds one ltree label per level, each the full code', () => {
    assert.equal(divisionPath('370102'), '370102');
    assert.equal(divisionPath('370102009'), '370102.370102009');
    assert.equal(divisionPath('370102009001'), '370102.370102009.370102009001');
  });

  it('is null for a malformed code', () => {
    assert.equal(divisionPath('370102000'), null);
    assert.equal(divisionPath('abc'), null);
    assert.equal(divisionPath(undefined), null);
  });
});

describe('helpers', () => {
  it('isCommunityCode accepts 12-digit community codes only', () => {
    assert.equal(isCommunityCode('370102009001'), true);
    assert.equal(isCommunityCode('370102009'), false);
    assert.equal(isCommunityCode('370102009000'), false);
    assert.equal(isCommunityCode(370102009001), false);
  });

  it('isProvincePrefix follows GB/T 2260', () => {
    assert.equal(isProvincePrefix('11'), true);
    assert.equal(isProvincePrefix('82'), true);
    assert.equal(isProvincePrefix('10'), false);
    assert.equal(isProvincePrefix('91'), false);
  });
});
