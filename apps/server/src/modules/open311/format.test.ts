import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { formatOfPath, splitFormat, toXml } from './format.ts';

const parser = new XMLParser({
  parseTagValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  isArray: (name) =>
    ['service', 'request', 'error', 'attribute', 'value', 'format', 'endpoint'].includes(name),
});

describe('GeoReport v2 XML', () => {
  it('writes a list as its root with one item element per entry, after the UTF-8 declaration', () => {
    const xml = toXml('services', [
      { service_code: '01001', service_name: '供水井盖异常', metadata: true, group: null },
      { service_code: '01002', service_name: '污水井盖异常', metadata: false },
    ]);
    assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<services><service>'));
    assert.deepEqual(parser.parse(xml), {
      services: {
        service: [
          { service_code: '01001', service_name: '供水井盖异常', metadata: 'true', group: '' },
          { service_code: '01002', service_name: '污水井盖异常', metadata: 'false' },
        ],
      },
    });
  });

  it('names the items of nested lists (attributes, values, endpoints, formats)', () => {
    const xml = toXml('service_definition', {
      service_code: 'X',
      attributes: [{ code: 'a', order: 1, values: [{ key: 'k', name: 'n' }] }],
    });
    assert.match(xml, /<attributes><attribute><code>a<\/code><order>1<\/order><values><value><key>k<\/key>/);
    const discovery = toXml('discovery', { endpoints: [{ formats: ['text/xml', 'application/json'] }] });
    assert.match(
      discovery,
      /<endpoints><endpoint><formats><format>text\/xml<\/format><format>application\/json/,
    );
  });

  it('writes an empty list as an empty root, and escapes text so that it reads back unchanged', () => {
    assert.match(toXml('service_requests', []), /<service_requests><\/service_requests>$/);
    const tricky = 'a < b & c > d "quoted" \'single\' ]]> 𠀀 emoji 🚧';
    const back = parser.parse(toXml('errors', [{ code: 400, description: tricky }]));
    assert.equal(back.errors.error[0].description, tricky);
  });

  it('drops characters XML cannot carry (control characters, lone surrogates) and keeps the rest', () => {
    const back = parser.parse(toXml('errors', [{ code: 400, description: 'a\u0000b\u001Fc\uD800d\tе\n' }]));
    assert.equal(back.errors.error[0].description, 'abcd\tе\n');
  });

  it('leaves out undefined fields and writes null as an empty element', () => {
    const xml = toXml('service_requests', [{ service_request_id: '1', token: undefined, account_id: null }]);
    assert.match(xml, /<request><service_request_id>1<\/service_request_id><account_id\/><\/request>/);
  });
});

describe('format suffixes', () => {
  it('splits name.json and name.xml and nothing else', () => {
    assert.deepEqual(splitFormat('01001.json'), { name: '01001', format: 'json' });
    assert.deepEqual(splitFormat('370102-20261120-00001.xml'), {
      name: '370102-20261120-00001',
      format: 'xml',
    });
    assert.equal(splitFormat('01001.csv'), undefined);
    assert.equal(splitFormat('01001'), undefined);
    assert.equal(splitFormat('.json'), undefined);
  });
  it('answers errors in JSON only when the path asks for it', () => {
    assert.equal(formatOfPath('/open311/v2/nothing.json'), 'json');
    assert.equal(formatOfPath('/open311/v2/nothing.xml'), 'xml');
    assert.equal(formatOfPath('/open311/v2/nothing'), 'xml');
  });
});
