/**
 * One demo case's life as the steps people take, each at its moment and by its person, ready to be
 * run through the real use cases (report, resolve on the spot, actions). Pure: the same spec,
 * report time and seed give the same steps. The stage clock is followed as the server keeps it, so
 * delays are shares of the running limit and a case stopped part-way can be judged at `now`.
 */
import type { CaseActionRequest, Category, ReportCaseRequest, ResolveOnSpotRequest } from '@wangge/contracts';
import { mulberry32 } from '@wangge/db';
import {
  type CaseChannel,
  type CaseLevel,
  type CaseStatus,
  chinaDay,
  extendLimit,
  nextLevel,
  type TimeLimit,
} from '@wangge/domain';
import type { z } from 'zod';
import { handleLimit } from '../modules/cases/category-limits.ts';
import {
  ASSIST_RESULTS,
  BASICALLY_COMMENTS,
  type CaseTemplate,
  type DeptCode,
  DISSATISFIED_COMMENTS,
  REJECT_REASONS,
  RETURN_REASON,
  type Route,
  SATISFIED_COMMENTS,
} from './demo-case-templates.ts';
import { afterWorkingHours, daytimeAfter, HOUR, MINUTE, stageInstant } from './demo-time.ts';
import type { DemoGrid, DemoWorld, Point } from './demo-world.ts';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type ActionBody = DistributiveOmit<CaseActionRequest, 'version'>;
export type SpotRequest = Omit<z.infer<typeof ResolveOnSpotRequest>, 'beforePhotos' | 'afterPhotos'>;

export type StepWork =
  | { kind: 'report'; request: ReportCaseRequest }
  | { kind: 'spot'; request: SpotRequest }
  /** `body` may name another case (a merge): it gets that case's number when the step runs. */
  | {
      kind: 'action';
      body: ActionBody | ((numberOf: (index: number) => string) => ActionBody);
      photos?: boolean;
    };

export interface PlannedStep {
  at: Date;
  actor: string;
  work: StepWork;
  /** The status the case must have after this step (the seeder checks it). */
  expect: CaseStatus;
}

/** Where a case may be stopped, still open: after the step of that name. */
export type Milestone =
  | 'report'
  | 'verify'
  | 'accept'
  | 'return'
  | 'escalate'
  | 'dispatch'
  | 'claim'
  | 'request_extension'
  | 'suspend'
  | 'feedback'
  | 'check_fail'
  | 'check'
  | 'reopen'
  | 'evaluate';

export type Rating = 'satisfied' | 'basically_satisfied' | 'dissatisfied';

export interface Outcome {
  spot: boolean;
  verifyFalse: boolean;
  reject: string | null;
  /** Index of the case this one duplicates (并单). */
  mergeInto: number | null;
  /** Dispatched first to this department, which returns it (退单). */
  wrongLead: DeptCode | null;
  /** The grid worker escalates it to the community (上报). */
  escalate: boolean;
  extension: boolean;
  suspend: boolean;
  /** Fed back after the limit (department level only: lower levels would be escalated on their own). */
  late: boolean;
  rework: boolean;
  ratings: Rating[];
  followup: boolean;
  /** Per assistant of the template: does it claim, and feed back? */
  assists: Array<{ claims: boolean; feedsBack: boolean }>;
}

export interface CaseSpec {
  index: number;
  seed: number;
  template: CaseTemplate;
  category: Category;
  grid: DemoGrid;
  channel: CaseChannel;
  reporter: string;
  route: Route;
  title: string;
  description: string;
  /** What the handler reports back when it is done. */
  result: string;
  address: string;
  point: Point;
  reporterName?: string;
  reporterPhone?: string;
  /** A 12345 work order (GD…) or an alarm's device (a sensor id): numbered per case when reported. */
  externalRef?: string;
  outcome: Outcome;
  stop?: Milestone;
}

export interface StageState {
  limit: TimeLimit;
  start: Date;
  suspensions: Array<[Date, Date | null]>;
  pendingExtension: { extra: TimeLimit; reason: string; at: Date } | null;
}

export interface BuiltCase {
  spec: CaseSpec;
  reportedAt: Date;
  steps: PlannedStep[];
  status: CaseStatus;
  level: CaseLevel;
  /** The running stage clock at the end (null when no stage is timed). */
  stage: StageState | null;
}

const between = (random: () => number, a: number, b: number) => a + (b - a) * random();
function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}
/** The first item most of the time (the demo login sits first), another one otherwise. */
const mostlyFirst = <T>(random: () => number, items: readonly T[], share = 0.7): T =>
  random() < share || items.length === 1 ? (items[0] as T) : pick(random, items.slice(1));

const close = (): StepWork => ({ kind: 'action', body: { type: 'close', note: '已办结' } });

const LEVEL_OF_ROUTE: Record<Route, CaseLevel> = {
  grid: 'grid',
  community: 'community',
  subdistrict: 'subdistrict',
  department: 'department',
};

export function buildCase(w: DemoWorld, spec: CaseSpec, reportedAt: Date): BuiltCase {
  const random = mulberry32(spec.seed);
  const s = w.settings;
  const { grid, category: cat, outcome, channel } = spec;
  const steps: PlannedStep[] = [];
  let status: CaseStatus = 'pending_acceptance';
  let level: CaseLevel = cat.defaultLevel;
  let stage: StageState | null = null;
  let last = reportedAt.getTime() - HOUR;
  const result = (): BuiltCase => ({ spec, reportedAt, steps, status, level, stage });
  const push = (at: Date, actor: string, work: StepWork, expect: CaseStatus): Date => {
    const t = Math.max(at.getTime(), last + Math.round(between(random, 2, 9)) * MINUTE);
    steps.push({ at: new Date(t), actor, work, expect });
    last = t;
    status = expect;
    return new Date(t);
  };
  const newStage = (start: Date, limit: TimeLimit): StageState => ({
    limit,
    start,
    suspensions: [],
    pendingExtension: null,
  });
  const inStage = (f: number) => {
    if (!stage) throw new Error('no running stage');
    return stageInstant(s, stage.start, stage.limit, f);
  };
  const lastAt = () => new Date(last);

  const community = w.communityStaff.get(grid.communityCode) ?? [];
  const communityUser = () => mostlyFirst(random, community);
  const dispatcherUser = () => mostlyFirst(random, w.dispatchers, 0.6);
  const gridHandler = () =>
    grid.partTime.length && random() < 0.2 ? pick(random, grid.partTime) : grid.fullTime[0]!;
  const hotlineUser = () => pick(random, w.hotline);
  const deptUser = (code: DeptCode) => mostlyFirst(random, w.handlers.get(code) ?? []);
  const deptTarget = (code: DeptCode) => ({
    kind: 'department' as const,
    departmentId: w.departmentIds.get(code)!,
  });
  const closerFor = () => (level === 'grid' || level === 'community' ? communityUser() : dispatcherUser());

  // 就地解决: reported, handled and closed in one step.
  if (outcome.spot) {
    push(
      reportedAt,
      spec.reporter,
      {
        kind: 'spot',
        request: {
          idempotencyKey: `demo-case-${spec.index}`,
          title: spec.title,
          description: spec.description,
          categoryCode: cat.code,
          location: { lng: spec.point[0], lat: spec.point[1], crs: 'WGS84' },
          address: spec.address,
          photos: [],
          result: spec.template.spot ? pick(random, spec.template.spot) : spec.result,
        },
      },
      'closed',
    );
    level = 'grid';
    return result();
  }

  const request: ReportCaseRequest = {
    idempotencyKey: `demo-case-${spec.index}`,
    channel,
    title: spec.title,
    description: spec.description,
    categoryCode: cat.code,
    location: { lng: spec.point[0], lat: spec.point[1], crs: 'WGS84' },
    address: spec.address,
    photos: [],
    ...(channel === 'hotline' ? { appealNature: spec.template.appeal } : {}),
    ...(spec.externalRef
      ? {
          externalRef: `${spec.externalRef}${chinaDay(reportedAt).replaceAll('-', '')}${String(spec.index).padStart(4, '0')}`,
        }
      : {}),
    ...(spec.reporterName ? { reporterName: spec.reporterName } : {}),
    ...(spec.reporterPhone ? { reporterPhone: spec.reporterPhone } : {}),
  };
  const acceptLimit = cat.limits.accept;
  push(
    reportedAt,
    spec.reporter,
    { kind: 'report', request },
    channel === 'resident' ? 'pending_verification' : 'pending_acceptance',
  );
  stage = newStage(reportedAt, acceptLimit);
  if (spec.stop === 'report') return result();

  const fAccept = between(random, 0.25, 0.8);
  // 核实: a resident's report is checked on site by the grid first.
  if (channel === 'resident') {
    const verifier = gridHandler();
    if (outcome.verifyFalse) {
      push(
        inStage(fAccept * 0.4),
        verifier,
        { kind: 'action', body: { type: 'verify_report', exists: false, note: REJECT_REASONS.notFound } },
        'rejected',
      );
      stage = null;
      return result();
    }
    push(
      inStage(fAccept * 0.35),
      verifier,
      { kind: 'action', body: { type: 'verify_report', exists: true, note: '现场核实情况属实' } },
      'pending_acceptance',
    );
    if (spec.stop === 'verify') return result();
  }

  // Patrol and residents' reports of grid and community matters are accepted by the community office;
  // everything else by the subdistrict's command centre.
  const byCommunity =
    (channel === 'patrol' || channel === 'resident') && (level === 'grid' || level === 'community');
  const acceptor = byCommunity ? communityUser() : dispatcherUser();
  if (outcome.mergeInto !== null) {
    const master = outcome.mergeInto;
    push(
      inStage(fAccept * 0.5),
      acceptor,
      { kind: 'action', body: (numberOf) => ({ type: 'merge', masterNumber: numberOf(master) }) },
      'merged',
    );
    stage = null;
    return result();
  }
  if (outcome.reject) {
    push(
      inStage(fAccept * 0.5),
      acceptor,
      { kind: 'action', body: { type: 'reject', reason: outcome.reject } },
      'rejected',
    );
    stage = null;
    return result();
  }
  const acceptLevel = outcome.escalate ? 'grid' : LEVEL_OF_ROUTE[spec.route];
  push(
    inStage(fAccept * 0.6),
    acceptor,
    { kind: 'action', body: { type: 'accept', level: acceptLevel } },
    'pending_dispatch',
  );
  level = acceptLevel;
  if (spec.stop === 'accept') return result();

  // 派单: to the grid, the community, the subdistrict, or departments with assistants (吹哨报到).
  const dispatcher = byCommunity && (level === 'grid' || level === 'community') ? acceptor : dispatcherUser();
  const assists = (spec.template.assists ?? []).map((a, i) => ({
    target: a === 'community' ? { kind: 'territory' as const, code: grid.communityCode } : deptTarget(a),
    user: a === 'community' ? communityUser() : deptUser(a),
    result: ASSIST_RESULTS[a],
    ...(outcome.assists[i] ?? { claims: true, feedsBack: true }),
  }));
  const dispatchTo = (
    lead: { kind: 'territory'; code: string } | { kind: 'department'; departmentId: string },
    leadLevel: CaseLevel,
    by: string,
    f: number,
    withAssists: boolean,
  ) => {
    const at = push(
      inStage(f),
      by,
      {
        kind: 'action',
        body: {
          type: 'dispatch',
          lead,
          assists: withAssists ? assists.map((a) => a.target) : [],
          note: leadLevel === 'department' ? '请牵头部门会同协办部门联合处置' : '请按时限处置并反馈',
        },
      },
      'dispatched',
    );
    level = leadLevel;
    stage = newStage(at, handleLimit(cat, leadLevel));
    return at;
  };
  const department = spec.route === 'department';
  if (department && outcome.wrongLead) {
    dispatchTo(deptTarget(outcome.wrongLead), 'department', dispatcher, fAccept * 0.8, false);
    push(
      inStage(between(random, 0.05, 0.2)),
      deptUser(outcome.wrongLead),
      { kind: 'action', body: { type: 'return', reason: RETURN_REASON[outcome.wrongLead] } },
      'pending_dispatch',
    );
    stage = newStage(lastAt(), acceptLimit);
    if (spec.stop === 'return') return result();
  }
  let leadUser: string;
  if (spec.route === 'grid' || outcome.escalate) {
    dispatchTo({ kind: 'territory', code: grid.code }, 'grid', dispatcher, fAccept, false);
    leadUser = gridHandler();
  } else if (spec.route === 'community') {
    dispatchTo({ kind: 'territory', code: grid.communityCode }, 'community', dispatcher, fAccept, false);
    leadUser = communityUser();
  } else if (spec.route === 'subdistrict') {
    dispatchTo({ kind: 'territory', code: w.subdistrictCode }, 'subdistrict', dispatcher, fAccept, false);
    leadUser = mostlyFirst(random, [...w.dispatchers].reverse(), 0.5);
  } else {
    const lead = spec.template.lead ?? 'cgzf';
    dispatchTo(
      deptTarget(lead),
      'department',
      dispatcher,
      outcome.wrongLead ? between(random, 0.2, 0.6) : fAccept,
      true,
    );
    leadUser = deptUser(lead);
  }
  if (spec.stop === 'dispatch') return result();

  push(
    inStage(between(random, 0.03, 0.15)),
    leadUser,
    { kind: 'action', body: { type: 'claim' } },
    'in_progress',
  );
  if (spec.stop === 'claim') return result();

  if (outcome.escalate) {
    push(
      inStage(between(random, 0.15, 0.35)),
      leadUser,
      { kind: 'action', body: { type: 'escalate', reason: '涉及多户居民，需社区协调解决' } },
      'pending_dispatch',
    );
    level = nextLevel(level) ?? level;
    stage = newStage(lastAt(), acceptLimit);
    if (spec.stop === 'escalate') return result();
    const staff = communityUser();
    dispatchTo({ kind: 'territory', code: grid.communityCode }, 'community', staff, fAccept, false);
    leadUser = staff;
    push(
      inStage(between(random, 0.03, 0.15)),
      leadUser,
      { kind: 'action', body: { type: 'claim' } },
      'in_progress',
    );
  }

  const helping = department ? assists.filter((a) => a.claims) : [];
  for (const a of helping) {
    push(
      inStage(between(random, 0.05, 0.3)),
      a.user,
      { kind: 'action', body: { type: 'claim' } },
      'in_progress',
    );
  }

  let resumedAt: Date | null = null;
  if (outcome.extension && stage.limit.unit === 'working_days') {
    const extra: TimeLimit = { amount: 2, unit: 'working_days' };
    const reason = '需协调产权单位和施工队伍，申请延期2个工作日';
    const at = push(
      inStage(between(random, 0.4, 0.7)),
      leadUser,
      { kind: 'action', body: { type: 'request_extension', extra, reason } },
      'in_progress',
    );
    stage.pendingExtension = { extra, reason, at };
    if (spec.stop === 'request_extension') return result();
    const decider = level === 'grid' || level === 'community' ? communityUser() : dispatcherUser();
    push(
      afterWorkingHours(s, lastAt(), between(random, 0.5, 2)),
      decider,
      { kind: 'action', body: { type: 'decide_extension', approve: true, note: '情况属实，同意延期' } },
      'in_progress',
    );
    const extended = extendLimit(stage.limit, extra, s.periods);
    if (extended.ok) stage.limit = extended.limit;
    stage.pendingExtension = null;
  }
  if (outcome.suspend) {
    const at = push(
      inStage(between(random, 0.2, 0.4)),
      leadUser,
      { kind: 'action', body: { type: 'suspend', reason: '当事人外出未归，待其返回后继续调处' } },
      'in_progress',
    );
    stage.suspensions.push([at, null]);
    if (spec.stop === 'suspend') return result();
    resumedAt = push(
      afterWorkingHours(s, at, between(random, 8, 20)),
      leadUser,
      { kind: 'action', body: { type: 'resume', note: '当事人已返回，恢复办理' } },
      'in_progress',
    );
    stage.suspensions = [[at, resumedAt]];
  }

  const fFeedback = outcome.late ? between(random, 1.1, 1.7) : between(random, 0.25, 0.85);
  const feedbackAt = () =>
    resumedAt ? afterWorkingHours(s, resumedAt, between(random, 1, 6)) : inStage(fFeedback);
  for (const a of helping) {
    if (!a.feedsBack) continue;
    push(
      resumedAt ? lastAt() : inStage(fFeedback * between(random, 0.4, 0.9)),
      a.user,
      { kind: 'action', body: { type: 'feedback', result: a.result, beforePhotos: [], afterPhotos: [] } },
      'in_progress',
    );
  }
  // Photos from the grid's full-time worker and from departments (a photo is uploaded once per person).
  const photos = department || grid.fullTime.includes(leadUser);
  const feedback = (result: string): StepWork => ({
    kind: 'action',
    body: { type: 'feedback', result, beforePhotos: [], afterPhotos: [] },
    photos,
  });
  const verifyLimit = cat.limits.verify;
  const fedBack = (at: Date) => {
    stage = newStage(at, verifyLimit);
  };
  fedBack(push(feedbackAt(), leadUser, feedback(spec.result), 'pending_check'));
  if (spec.stop === 'feedback') return result();

  // 核查: on site by the grid (not by whoever did the work, when the grid has someone else).
  const others = [...grid.leaders, ...grid.partTime, ...grid.fullTime].filter((u) => u !== leadUser);
  const checker =
    spec.route === 'grid' && others.length
      ? others[0]!
      : random() < 0.75
        ? grid.fullTime[0]!
        : communityUser();
  const reworked = (at: Date) => {
    stage = newStage(at, handleLimit(cat, level));
  };
  if (outcome.rework) {
    reworked(
      push(
        inStage(between(random, 0.1, 0.5)),
        checker,
        {
          kind: 'action',
          body: { type: 'check', pass: false, note: '现场核查仍未整改到位，请返工', photos: [] },
        },
        'in_progress',
      ),
    );
    if (spec.stop === 'check_fail') return result();
    fedBack(
      push(inStage(between(random, 0.2, 0.6)), leadUser, feedback('已按核查意见整改到位'), 'pending_check'),
    );
  }
  const check = () => {
    push(
      inStage(between(random, 0.1, 0.7)),
      checker,
      { kind: 'action', body: { type: 'check', pass: true, note: '现场核查，已处置到位', photos: [] } },
      'pending_evaluation',
    );
    stage = null;
  };
  check();
  if (spec.stop === 'check') return result();

  const rated = channel === 'resident' || channel === 'hotline';
  if (!rated) {
    push(afterWorkingHours(s, lastAt(), between(random, 0.3, 3)), closerFor(), close(), 'closed');
    return result();
  }
  // 评价: the resident in the app, or the hotline's callback for a caller.
  const evaluator = channel === 'resident' ? spec.reporter : hotlineUser();
  const evaluateAt = () =>
    channel === 'resident'
      ? daytimeAfter(lastAt(), between(random, 1, 20))
      : afterWorkingHours(s, lastAt(), between(random, 0.5, 6));
  let reopened = false;
  for (const rating of outcome.ratings) {
    const comments =
      rating === 'satisfied'
        ? SATISFIED_COMMENTS
        : rating === 'dissatisfied'
          ? DISSATISFIED_COMMENTS
          : BASICALLY_COMMENTS;
    const body: ActionBody = { type: 'evaluate', rating, comment: pick(random, comments) };
    if (rating !== 'dissatisfied') {
      push(evaluateAt(), evaluator, { kind: 'action', body }, 'pending_followup');
      break;
    }
    if (!reopened) {
      reopened = true;
      reworked(push(evaluateAt(), evaluator, { kind: 'action', body }, 'in_progress'));
      if (spec.stop === 'reopen') return result();
      fedBack(
        push(
          inStage(between(random, 0.2, 0.7)),
          leadUser,
          feedback('已重新处置，并向居民说明情况'),
          'pending_check',
        ),
      );
      check();
      continue;
    }
    push(evaluateAt(), evaluator, { kind: 'action', body }, 'under_review');
    if (spec.stop === 'evaluate') return result();
    push(
      afterWorkingHours(s, lastAt(), between(random, 2, 10)),
      mostlyFirst(random, w.leaders),
      {
        kind: 'action',
        body: { type: 'review', decision: 'close', note: '经审核，已按规定处置到位，诉求人意见已记录' },
      },
      'pending_followup',
    );
    break;
  }
  if (spec.stop === 'evaluate') return result();
  // 回访 and 结案: the hotline calls its callers back; the office that dispatched closes residents' cases.
  const closer = channel === 'hotline' ? hotlineUser() : closerFor();
  if (outcome.followup) {
    push(
      afterWorkingHours(s, lastAt(), between(random, 0.5, 4)),
      closer,
      { kind: 'action', body: { type: 'followup', reached: true, note: '电话回访，群众对处理结果表示认可' } },
      'pending_followup',
    );
  }
  push(afterWorkingHours(s, lastAt(), between(random, 0.1, 1.5)), closer, close(), 'closed');
  return result();
}
