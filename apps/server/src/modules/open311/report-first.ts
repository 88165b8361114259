import { type CaseLevel, nextStatus } from '@wangge/domain';
import { assigneesSql, DEFAULT_ACCEPT, dispatchersSql, type NewCase } from '../cases/index.ts';

/**
 * The first action of a report that came through Open311: a public report, as `reportCase` writes
 * one for the resident channel. It waits for the grid's workers to verify it on site (the subdistrict's
 * dispatchers when the point lies outside every grid), on the category's accept clock.
 */
export function open311First(
  r: { title: string; appealNature: string | null },
  payload: Record<string, unknown>,
): NewCase['first'] {
  return {
    type: 'report',
    status: () => {
      const next = nextStatus('new', 'report', { needsVerification: true });
      if (!next.ok) throw new Error('report must start a case');
      return next.status;
    },
    level: (category, place): CaseLevel =>
      place.outsideGrid ? 'subdistrict' : (category?.defaultLevel ?? 'grid'),
    stage: (category) => ({ stage: 'accept', limit: category?.limits.accept ?? DEFAULT_ACCEPT }),
    payload: { title: r.title, appealNature: r.appealNature, externalRef: null, photos: [], ...payload },
    attachments: [],
    notify: (c) => [
      {
        recipients:
          c.path.split('.').length === 4
            ? assigneesSql({ territoryPath: c.path, departmentId: null })
            : dispatchersSql(c.path, c.level),
        kind: 'case.to_verify',
        districtCode: c.districtCode,
        payload: {
          title: '居民上报，请核实',
          body: `${c.number} ${r.title}`,
          caseId: c.id,
          caseNumber: c.number,
        },
      },
    ],
    closed: false,
  };
}
