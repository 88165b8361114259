import type { ReportCaseRequest } from '@wangge/contracts';
import { type CaseLevel, needsVerification, nextStatus } from '@wangge/domain';
import type { Actor, Deps } from '../../http/types.ts';
import { DEFAULT_ACCEPT } from './category-limits.ts';
import { createCase, type NewCase } from './create-case.ts';
import { assigneesSql, dispatchersSql } from './recipients.ts';

/**
 * 上报: a report from any channel. Public reports wait for a grid worker to verify them; the rest go
 * to the dispatcher of their level. Outside every grid, the subdistrict's queue, flagged. `more`:
 * what a report from elsewhere (an Open311 client application) adds to the first action's payload,
 * and whose submission it is.
 */
export function reportCase(
  deps: Deps,
  actor: Actor,
  request: ReportCaseRequest,
  more: { payload?: Record<string, unknown>; source?: NewCase['source'] } = {},
) {
  const verify = needsVerification(request.channel);
  return createCase(deps, actor, {
    request,
    first: {
      type: 'report',
      status: () => {
        const next = nextStatus('new', 'report', { needsVerification: verify });
        if (!next.ok) throw new Error('report must start a case');
        return next.status;
      },
      level: (category, place): CaseLevel =>
        place.outsideGrid ? 'subdistrict' : (category?.defaultLevel ?? 'grid'),
      stage: (category) => ({ stage: 'accept', limit: category?.limits.accept ?? DEFAULT_ACCEPT }),
      payload: {
        title: request.title,
        appealNature: request.appealNature ?? null,
        externalRef: request.externalRef ?? null,
        photos: request.photos,
        ...more.payload,
      },
      attachments: request.photos.map((fileId) => ({ fileId, purpose: 'report' as const })),
      notify: (c) => [
        {
          recipients:
            verify && c.path.split('.').length === 4
              ? assigneesSql({ territoryPath: c.path, departmentId: null })
              : dispatchersSql(c.path, c.level),
          kind: verify ? 'case.to_verify' : 'case.reported',
          districtCode: c.districtCode,
          payload: {
            title: verify ? '居民上报，请核实' : '新上报事件，请受理',
            body: `${c.number} ${request.title}`,
            caseId: c.id,
            caseNumber: c.number,
          },
        },
      ],
      closed: false,
    },
    ...(more.source ? { source: more.source } : {}),
  });
}
