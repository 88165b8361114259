import type { BatchDispatchRequest, BatchDispatchResult } from '@wangge/contracts';
import { rows, type Tx } from '@wangge/db';
import { sql } from 'drizzle-orm';
import { AppError, errorSpec, formatMessage, type Locale } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { performAction } from './perform-action.ts';

type Target = BatchDispatchRequest['lead'];
type Result = BatchDispatchResult['results'][number];

const keyOf = (t: Target) => (t.kind === 'department' ? `d:${t.departmentId}` : `t:${t.code}`);

/**
 * What does not depend on the case is checked once, before any case is touched: every target
 * exists and none is named twice. Whether a target fits a case (its subdistrict, the caller's
 * territory) is the single action's rule, checked per case.
 */
async function checkTargets(db: Tx, targets: Target[]): Promise<void> {
  const keys = targets.map(keyOf);
  if (new Set(keys).size !== keys.length)
    throw new AppError('CASE_DISPATCH_TARGET_UNKNOWN', { duplicate: true });
  const departmentIds = targets.flatMap((t) => (t.kind === 'department' ? [t.departmentId] : []));
  const codes = targets.flatMap((t) => (t.kind === 'territory' ? [t.code] : []));
  const list = (values: string[]) =>
    sql.join(
      values.map((v) => sql`${v}`),
      sql`, `,
    );
  const known = new Set<string>();
  if (departmentIds.length) {
    const found = await rows<{ id: string }>(
      db,
      sql`SELECT id::text AS id FROM department WHERE id IN (${list(departmentIds)})`,
    );
    for (const d of found) known.add(`d:${d.id}`);
  }
  if (codes.length) {
    const found = await rows<{ code: string }>(
      db,
      sql`SELECT code FROM division WHERE code IN (${list(codes)}) UNION SELECT code FROM grid WHERE code IN (${list(codes)})`,
    );
    for (const n of found) known.add(`t:${n.code}`);
  }
  const unknown = targets.filter((t) => !known.has(keyOf(t)));
  if (unknown.length) throw new AppError('CASE_DISPATCH_TARGET_UNKNOWN', { unknown });
}

/** A failed case with its code and messages, as the error handler would have answered it alone. */
function failure(id: string, locale: Locale, code: string, params?: Record<string, string | number>): Result {
  const spec = errorSpec(code) ?? errorSpec('INTERNAL')!;
  const messages = { 'zh-CN': formatMessage(spec['zh-CN'], params), en: formatMessage(spec.en, params) };
  return { id, ok: false, error: { code, message: messages[locale], messages } };
}

/**
 * 批量派单: the same dispatch to many cases, each through the single dispatch action (its own
 * transaction, version check, transition, policy and target rules, audit and notifications). A case
 * that fails (changed meanwhile, not waiting for dispatch, out of scope) fails alone, with its code.
 * The input as a whole (duplicate cases, unknown targets) is refused before anything is written.
 */
export async function batchDispatch(
  deps: Deps,
  actor: Actor,
  locale: Locale,
  body: BatchDispatchRequest,
  onUnexpected: (id: string, error: unknown) => void = () => {},
): Promise<BatchDispatchResult> {
  const ids = body.items.map((i) => i.id.toLowerCase());
  const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (duplicates.length) throw new AppError('CASE_BATCH_DUPLICATE', { ids: [...new Set(duplicates)] });
  await checkTargets(deps.db, [body.lead, ...body.assists]);

  const results: Result[] = [];
  for (const item of body.items) {
    try {
      const done = await performAction(deps, actor, locale, item.id, {
        type: 'dispatch',
        version: item.version,
        lead: body.lead,
        assists: body.assists,
        ...(body.note === undefined ? {} : { note: body.note }),
      });
      results.push({ id: item.id, ok: true, status: done.status, version: done.version });
    } catch (error) {
      if (error instanceof AppError) {
        results.push(failure(item.id, locale, error.code, error.params));
      } else {
        onUnexpected(item.id, error);
        results.push(failure(item.id, locale, 'INTERNAL'));
      }
    }
  }
  const succeeded = results.filter((r) => r.ok).length;
  return { succeeded, failed: results.length - succeeded, results };
}
