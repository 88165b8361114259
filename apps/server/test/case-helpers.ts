import assert from 'node:assert/strict';
import type { TestApp } from './harness.ts';

/**
 * What case tests do as one person or another: read a case, and act on the version they see.
 * `app` is a getter because test files create their app in `before`.
 */
export function caseHelpers(app: () => TestApp) {
  const as = (user: string) => app().sessionFor(user);
  const detail = async (user: string, id: string) =>
    (await app().request('GET', `/api/cases/${id}`, { as: await as(user) })).json();
  /** Takes an action as `user` on the version they read; fails the test unless it succeeds. */
  const act = async (user: string, id: string, body: Record<string, unknown>) => {
    const { version } = await detail(user, id);
    const res = await app().request('POST', `/api/cases/${id}/actions`, {
      as: await as(user),
      body: { version, ...body },
    });
    assert.equal(res.statusCode, 200, `${user} ${String(body.type)}: ${res.body}`);
    return res.json() as { status: string; version: number };
  };
  return { as, detail, act };
}
