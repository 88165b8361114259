import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkAttributes, readAttributes, SHARED_ATTRIBUTES } from './attributes.ts';
import { parseForm } from './form.ts';

const read = (body: string) => checkAttributes(readAttributes(parseForm(body)));

describe('attributes from a form', () => {
  it('reads attribute[CODE] and attribute[CODE][] alike, dropping blanks', () => {
    const given = readAttributes(
      parseForm(
        'attribute[appeal_nature]=complaint&attribute[signs][]=safety_risk&attribute[signs][]=&attribute[signs]=recurring&service_code=1',
      ),
    );
    assert.deepEqual(
      [...given],
      [
        ['appeal_nature', ['complaint']],
        ['signs', ['safety_risk', 'recurring']],
      ],
    );
  });

  it('answers the shared attributes: one nature, any signs', () => {
    const r = read(
      'attribute[appeal_nature]=complaint&attribute[signs][]=safety_risk&attribute[signs][]=affects_many',
    );
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.answers, { appeal_nature: 'complaint', signs: ['safety_risk', 'affects_many'] });
    assert.deepEqual(read('').answers, {});
  });

  it('refuses values the definition does not list, and two natures', () => {
    const r = read('attribute[appeal_nature]=thanks&attribute[signs][]=smelly');
    assert.deepEqual(
      r.problems.map((p) => [p.code, p.params?.code, p.params?.value]),
      [
        ['OPEN311_ATTRIBUTE_VALUE_UNKNOWN', 'appeal_nature', 'thanks'],
        ['OPEN311_ATTRIBUTE_VALUE_UNKNOWN', 'signs', 'smelly'],
      ],
    );
    assert.equal(
      read('attribute[appeal_nature][]=complaint&attribute[appeal_nature][]=inquiry').problems[0]?.code,
      'OPEN311_ATTRIBUTE_SINGLE',
    );
  });

  it('keeps other clients’ attributes (FixMyStreet sends its own), within bounds', () => {
    assert.deepEqual(read('attribute[fixmystreet_id]=123&attribute[easting]=1').others, {
      fixmystreet_id: ['123'],
      easting: ['1'],
    });
    const many = Array.from({ length: 21 }, (_, i) => `attribute[x${i}]=1`).join('&');
    assert.equal(read(many).problems[0]?.code, 'OPEN311_ATTRIBUTES_TOO_MANY');
    assert.equal(read(`attribute[x]=${'a'.repeat(201)}`).problems[0]?.code, 'OPEN311_FIELD_TOO_LONG');
  });

  it('asks for a required attribute that is missing', () => {
    const required = SHARED_ATTRIBUTES.map((a) => ({ ...a, required: true }));
    const r = checkAttributes(readAttributes(parseForm('attribute[signs][]=recurring')), required);
    assert.deepEqual(r.problems, [{ code: 'OPEN311_ATTRIBUTE_REQUIRED', params: { code: 'appeal_nature' } }]);
  });

  it('offers the natures of the case contract but thanks, and four signs', () => {
    assert.deepEqual(
      SHARED_ATTRIBUTES[0]!.values.map((v) => v.key),
      ['request', 'complaint', 'inquiry', 'suggestion'],
    );
    assert.deepEqual(
      SHARED_ATTRIBUTES[1]!.values.map((v) => v.key),
      ['blocking_passage', 'safety_risk', 'recurring', 'affects_many'],
    );
  });
});
