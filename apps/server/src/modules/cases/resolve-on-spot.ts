import type { ResolveOnSpotRequest } from '@wangge/contracts';
import { hasRoleAt } from '@wangge/domain';
import type { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { DEFAULT_ACCEPT } from './category-limits.ts';
import { createCase } from './create-case.ts';

/**
 * 就地解决: a grid worker reports, handles and closes in one step, with before and after photos
 * ("small things do not leave the grid"). Only inside the worker's own grids.
 */
export async function resolveOnSpot(deps: Deps, actor: Actor, request: z.infer<typeof ResolveOnSpotRequest>) {
  const { result, beforePhotos, afterPhotos, ...report } = request;
  return createCase(deps, actor, {
    request: { ...report, channel: 'patrol' },
    first: {
      type: 'resolve_on_spot',
      status: (_category, place) => {
        if (place.outsideGrid || !hasRoleAt(actor.scope, ['gridWorker', 'gridLeader'], place.path)) {
          throw new AppError('CASE_ACTION_FORBIDDEN', undefined, { action: 'resolve_on_spot' });
        }
        return 'closed';
      },
      level: () => 'grid',
      stage: (category) => ({ stage: 'none', limit: category?.limits.accept ?? DEFAULT_ACCEPT }),
      payload: { title: request.title, result, beforePhotos, afterPhotos, onTime: true, role: 'lead' },
      attachments: [
        ...beforePhotos.map((fileId) => ({ fileId, purpose: 'before' as const })),
        ...afterPhotos.map((fileId) => ({ fileId, purpose: 'after' as const })),
      ],
      notify: () => [],
      closed: true,
    },
  });
}
