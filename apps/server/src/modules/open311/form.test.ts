import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { field, fieldOf, fieldsOfQuery, parseForm } from './form.ts';

describe('form fields', () => {
  it('keeps repeated keys in order and decodes + and percent escapes', () => {
    const f = parseForm(
      'attribute%5Bsigns%5D%5B%5D=a&attribute[signs][]=b&description=%E4%BA%95%E7%9B%96+%E6%B2%A1%E4%BA%86',
    );
    assert.deepEqual(f['attribute[signs][]'], ['a', 'b']);
    assert.equal(field(f, 'description'), '井盖 没了');
  });
  it('treats a blank value as absent, and takes the first source that has one', () => {
    const body = parseForm('api_key=&jurisdiction_id=370102');
    const query = fieldsOfQuery({ api_key: 'wg_x', jurisdiction_id: ['370103', '370104'] });
    assert.equal(field(body, 'api_key'), undefined);
    assert.equal(fieldOf([body, query], 'api_key'), 'wg_x');
    assert.equal(fieldOf([body, query], 'jurisdiction_id'), '370102');
    assert.deepEqual(query.jurisdiction_id, ['370103', '370104']);
  });
  it('holds keys as data: __proto__ is a field like any other', () => {
    const f = parseForm('__proto__=x&constructor=y');
    assert.deepEqual(Object.getOwnPropertyDescriptor(f, '__proto__')?.value, ['x']);
    assert.equal(({} as Record<string, unknown>).x, undefined);
  });
});
