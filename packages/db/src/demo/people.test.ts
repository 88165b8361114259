import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createNamer } from './people.ts';
import { mulberry32 } from './prng.ts';

describe('createNamer', () => {
  it('gives the same unique two- or three-character names for the same seed', () => {
    const names = (seed: number) => Array.from({ length: 1000 }, createNamer(mulberry32(seed)));
    const first = names(7);
    assert.deepEqual(names(7), first);
    assert.equal(new Set(first).size, first.length);
    for (const name of first) assert.match(name, /^\p{Script=Han}{2,3}$/u);
  });
});
