import { AppError, type Locale } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { performAction } from '../cases/index.ts';
import { residentCase } from './resident-cases.ts';

type ResidentAction =
  | {
      type: 'evaluate';
      version: number;
      rating: 'satisfied' | 'basically_satisfied' | 'dissatisfied';
      comment?: string | undefined;
    }
  | { type: 'cancel'; version: number; reason?: string | undefined };

/**
 * A resident rates or withdraws their own case through the ordinary action engine (same version
 * check, transition table and policy as staff actions: of two concurrent attempts one wins).
 * "Not fixed" is the dissatisfied rating, which reopens the case once, then goes to review.
 */
export async function residentAction(
  deps: Deps,
  actor: Actor,
  locale: Locale,
  number: string,
  action: ResidentAction,
) {
  const ref = await residentCase(deps.db, actor.userId!, number);
  // Followers see the case; only its reporter rates or withdraws it.
  if (ref.relation !== 'reporter')
    throw new AppError('CASE_ACTION_FORBIDDEN', undefined, { action: action.type });
  const request =
    action.type === 'evaluate'
      ? {
          type: 'evaluate' as const,
          version: action.version,
          rating: action.rating,
          ...(action.comment ? { comment: action.comment } : {}),
        }
      : {
          type: 'cancel' as const,
          version: action.version,
          ...(action.reason ? { reason: action.reason } : {}),
        };
  const done = await performAction(deps, actor, locale, ref.id, request);
  return { number: done.number, status: done.status, version: done.version };
}
