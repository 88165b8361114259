import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from './harness.ts';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

describe('system endpoints', () => {
  it('reports health with the database up', async () => {
    const res = await t.request('GET', '/api/health');
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().status, 'ok');
    assert.equal(res.json().database, 'up');
  });

  it('gives the web pages their public settings, with base-map tiles off by default', async () => {
    const res = await t.request('GET', '/api/config');
    assert.deepEqual(res.json(), {
      tileUrl: null,
      tileAttribution: null,
      defaultLocale: 'zh-CN',
      demo: true,
    });
  });

  it('serves the OpenAPI document with every route and the docs UI', async () => {
    const doc = (await t.request('GET', '/api/docs/json')).json();
    assert.equal(doc.openapi.slice(0, 2), '3.');
    for (const path of [
      '/api/auth/login',
      '/api/org/map',
      '/api/org/locate',
      '/api/org/grids/import',
      '/api/audit',
    ]) {
      assert.ok(doc.paths[path], path);
    }
    assert.ok(doc.components.schemas.Error, 'the shared Error schema');
    const ui = await t.request('GET', '/api/docs/');
    assert.equal(ui.statusCode, 200);
    assert.match(ui.headers['content-type'] as string, /text\/html/);
  });

  it('answers unknown API routes with a coded 404', async () => {
    const res = await t.request('GET', '/api/nowhere');
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().code, 'NOT_FOUND');
  });

  it('keeps a well-formed incoming request id and makes one otherwise', async () => {
    const kept = await t.request('GET', '/api/health', { headers: { 'x-request-id': 'trace-12345678' } });
    assert.equal(kept.headers['x-request-id'], 'trace-12345678');
    const made = await t.request('GET', '/api/health', { headers: { 'x-request-id': 'bad id with spaces' } });
    assert.match(made.headers['x-request-id'] as string, /^[0-9a-f-]{36}$/);
    const error = await t.request('GET', '/api/nowhere', { headers: { 'x-request-id': 'trace-87654321' } });
    assert.equal(error.json().requestId, 'trace-87654321');
  });
});
