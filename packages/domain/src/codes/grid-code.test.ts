import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  formatGridCode,
  gridPath,
  nextGridSequence,
  parseBuildingCode,
  parseGridCode,
  parseMicroGridCode,
} from './grid-code.ts';

const COMMUNITY = '370102009001';

describe('parseGridCode', () => {
  it('splits a 15-digit code into community and sequence', () => {
    assert.deepEqual(parseGridCode('370102009001001'), {
      ok: true,
      code: '370102009001001',
      communityCode: COMMUNITY,
      sequence: 1,
    });
    const last = parseGridCode('370102009001999');
    assert.equal(last.ok && last.sequence, 999);
  });

  it('rejects sequence 000', () => {
    assert.deepEqual(parseGridCode('370102009001000'), { ok: false, error: 'GRID_CODE_SEQUENCE_ZERO' });
  });

  it('rejects a code whose first 12 digits are not a community', () => {
    assert.deepEqual(parseGridCode('370102009000001'), { ok: false, error: 'GRID_CODE_COMMUNITY_INVALID' });
    assert.deepEqual(parseGridCode('370102000001001'), { ok: false, error: 'GRID_CODE_COMMUNITY_INVALID' });
    assert.deepEqual(parseGridCode('990102009001001'), { ok: false, error: 'GRID_CODE_COMMUNITY_INVALID' });
  });

  it('checks the expected community', () => {
    assert.equal(parseGridCode('370102009001001', COMMUNITY).ok, true);
    assert.deepEqual(parseGridCode('370102009002001', COMMUNITY), {
      ok: false,
      error: 'GRID_CODE_COMMUNITY_MISMATCH',
    });
  });

  it('rejects malformed input', () => {
    for (const bad of [
      '',
      '37010200900100',
      '3701020090010011',
      '37010200900100a',
      ' 370102009001001',
      370102009001001,
      null,
      undefined,
      [],
    ]) {
      assert.deepEqual(parseGridCode(bad), { ok: false, error: 'GRID_CODE_MALFORMED' }, String(bad));
    }
  });
});

describe('micro-grid and building codes', () => {
  it('parses a 17-digit micro-grid code', () => {
    assert.deepEqual(parseMicroGridCode('37010200900100101'), {
      ok: true,
      code: '37010200900100101',
      gridCode: '370102009001001',
      communityCode: COMMUNITY,
      sequence: 1,
    });
    const r = parseMicroGridCode('37010200900100199');
    assert.equal(r.ok && r.sequence, 99);
  });

  it('parses an 18-digit building code', () => {
    const r = parseBuildingCode('370102009001001123');
    assert.equal(r.ok && r.gridCode, '370102009001001');
    assert.equal(r.ok && r.sequence, 123);
  });

  it('rejects zero sequences at either level and wrong lengths', () => {
    assert.deepEqual(parseMicroGridCode('37010200900100100'), {
      ok: false,
      error: 'GRID_CODE_SEQUENCE_ZERO',
    });
    assert.deepEqual(parseMicroGridCode('37010200900100001'), {
      ok: false,
      error: 'GRID_CODE_SEQUENCE_ZERO',
    });
    assert.deepEqual(parseBuildingCode('370102009001001000'), {
      ok: false,
      error: 'GRID_CODE_SEQUENCE_ZERO',
    });
    assert.deepEqual(parseMicroGridCode('370102009001001'), { ok: false, error: 'GRID_CODE_MALFORMED' });
    assert.deepEqual(parseBuildingCode('37010200900100101'), { ok: false, error: 'GRID_CODE_MALFORMED' });
  });
});

describe('gridPath', () => {
  it('appends the grid code to the community path', () => {
    assert.equal(gridPath('370102009001001'), '370102.370102009.370102009001.370102009001001');
  });

  it('is null for a malformed code', () => {
    assert.equal(gridPath('370102009001000'), null);
    assert.equal(gridPath('x'), null);
  });
});

describe('formatGridCode', () => {
  it('pads the sequence to three digits', () => {
    assert.equal(formatGridCode(COMMUNITY, 7), '370102009001007');
    assert.equal(formatGridCode(COMMUNITY, 123), '370102009001123');
  });
});

describe('nextGridSequence', () => {
  it('starts at 001 in an empty community', () => {
    assert.deepEqual(nextGridSequence([], COMMUNITY), { ok: true, sequence: 1, code: '370102009001001' });
  });

  it('goes one past the highest, without refilling gaps left by retired grids', () => {
    const existing = ['370102009001001', '370102009001004', '370102009001002'];
    assert.deepEqual(nextGridSequence(existing, COMMUNITY), {
      ok: true,
      sequence: 5,
      code: '370102009001005',
    });
  });

  it('ignores other communities and malformed codes', () => {
    const existing = ['370102009002050', 'junk', '370102009001000', '370102009001003'];
    assert.deepEqual(nextGridSequence(existing, COMMUNITY), {
      ok: true,
      sequence: 4,
      code: '370102009001004',
    });
  });

  it('reports exhaustion after 999', () => {
    assert.deepEqual(nextGridSequence(['370102009001999'], COMMUNITY), {
      ok: false,
      error: 'GRID_SEQUENCE_EXHAUSTED',
    });
  });

  it('rejects a bad community code', () => {
    assert.deepEqual(nextGridSequence([], '370102009'), { ok: false, error: 'GRID_CODE_COMMUNITY_INVALID' });
    assert.deepEqual(nextGridSequence([], '370102009000'), {
      ok: false,
      error: 'GRID_CODE_COMMUNITY_INVALID',
    });
  });
});
