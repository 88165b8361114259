/**
 * Which cases the demo has: about three months of history (reported day by day, more on workdays,
 * nearly all finished), and a designed set of cases still open at every stage of the loop, placed
 * back from `now` so that each has the warning it was meant to have (a few yellow and red cards).
 * Pure and deterministic: the same world, `now` and seed give the same plan.
 */
import { mulberry32 } from '@wangge/db';
import {
  type CaseChannel,
  type CaseStatus,
  chinaDayNumber,
  FINAL_STATUSES,
  limitMs,
  type WarningLevel,
} from '@wangge/domain';
import { deadlineOf, newClock, type StageClock, usedOf, warningOf } from '../modules/cases/stage-clock.ts';
import {
  type BuiltCase,
  buildCase,
  type CaseSpec,
  type Milestone,
  type Outcome,
  type Rating,
} from './demo-case-flow.ts';
import {
  CASE_TEMPLATES,
  type CaseTemplate,
  type DeptCode,
  REJECT_REASONS,
  type Route,
  SURNAMES,
} from './demo-case-templates.ts';
import {
  atMinutes,
  HOUR,
  isWorkday,
  isWorkingInstant,
  MINUTE,
  minutesOfDay,
  workingInstantOfDay,
} from './demo-time.ts';
import type { DemoGrid, DemoWorld } from './demo-world.ts';

export const DEMO_CASES_SEED = 20_261_121;
/** Days of history before `now`. */
export const HISTORY_DAYS = 90;
/** Reports per workday and per rest day, on average. */
const PER_WORKDAY = 4.1;
const PER_REST_DAY = 1.2;

type Random = () => number;
const between = (random: Random, a: number, b: number) => a + (b - a) * random();
function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}
function weighted<T>(random: Random, items: readonly T[], weight: (item: T) => number): T | undefined {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  let x = random() * total;
  for (const item of items) {
    x -= weight(item);
    if (x < 0) return item;
  }
  return items[items.length - 1];
}

/** Grid workers' patrols most, then the 12345 hotline, residents, departments, sensors. */
const WORKDAY_CHANNELS: Record<CaseChannel, number> = {
  patrol: 52,
  hotline: 22,
  resident: 12,
  department: 7,
  sensor: 2,
};
const REST_DAY_CHANNELS: Record<CaseChannel, number> = {
  patrol: 12,
  hotline: 48,
  resident: 36,
  department: 0,
  sensor: 4,
};
const RESIDENT_WEIGHTS: Record<string, number> = { resident: 5, volunteer: 2, member: 2, partner: 1 };
const DEPT_NAMES: Record<DeptCode, string> = {
  cgzf: '城管执法',
  scjg: '市场监管',
  ga: '公安',
  xf: '消防',
  sthj: '生态环境',
  zj: '住建',
  mz: '民政',
  sw: '水务',
};

/** What an open case must be: where in the loop it waits, and which card it shows. */
interface OpenSlot {
  stop: Milestone;
  status: CaseStatus;
  channel: CaseChannel;
  route?: Route;
  template?: string;
  lead?: DeptCode;
  /** The demo logins' grid, their community, or a grid elsewhere. */
  where?: 'demo-grid' | 'demo-community' | 'elsewhere';
  reporter?: string;
  warning?: WarningLevel;
  outcome?: Partial<Outcome>;
}

/**
 * The open cases: every demo login finds work (dispatcher: to dispatch; community: to accept;
 * gridworker: to verify, handle, check; dept: to claim and handle; hotline: to rate; leader: cards
 * and a review), with a handful of red cards where the system does not escalate by itself (the
 * department level, on-site checks) and a few yellow ones.
 */
const OPEN_SLOTS: readonly OpenSlot[] = [
  { stop: 'report', status: 'pending_verification', channel: 'resident', where: 'demo-grid' },
  { stop: 'report', status: 'pending_verification', channel: 'resident', where: 'demo-grid' },
  { stop: 'report', status: 'pending_verification', channel: 'resident', where: 'demo-community' },
  { stop: 'report', status: 'pending_acceptance', channel: 'patrol', route: 'grid', where: 'demo-community' },
  {
    stop: 'report',
    status: 'pending_acceptance',
    channel: 'patrol',
    route: 'grid',
    where: 'demo-grid',
    reporter: 'unit',
  },
  {
    stop: 'report',
    status: 'pending_acceptance',
    channel: 'patrol',
    route: 'community',
    where: 'demo-community',
  },
  {
    stop: 'verify',
    status: 'pending_acceptance',
    channel: 'resident',
    route: 'grid',
    where: 'demo-community',
  },
  { stop: 'report', status: 'pending_acceptance', channel: 'hotline', template: 'noise', where: 'elsewhere' },
  {
    stop: 'report',
    status: 'pending_acceptance',
    channel: 'department',
    template: 'parking',
    where: 'elsewhere',
  },
  {
    stop: 'report',
    status: 'pending_acceptance',
    channel: 'hotline',
    template: 'fire-lane-dept',
    where: 'elsewhere',
    warning: 'red',
  },
  { stop: 'accept', status: 'pending_dispatch', channel: 'patrol', route: 'grid', where: 'demo-community' },
  {
    stop: 'accept',
    status: 'pending_dispatch',
    channel: 'patrol',
    template: 'streetlight',
    where: 'elsewhere',
  },
  {
    stop: 'accept',
    status: 'pending_dispatch',
    channel: 'hotline',
    template: 'fume-whistle',
    where: 'elsewhere',
  },
  { stop: 'accept', status: 'pending_dispatch', channel: 'hotline', route: 'grid', where: 'elsewhere' },
  {
    stop: 'return',
    status: 'pending_dispatch',
    channel: 'hotline',
    template: 'construction',
    where: 'elsewhere',
    outcome: { wrongLead: 'cgzf' },
  },
  {
    stop: 'escalate',
    status: 'pending_dispatch',
    channel: 'patrol',
    template: 'clutter',
    where: 'demo-community',
    outcome: { escalate: true },
  },
  { stop: 'dispatch', status: 'dispatched', channel: 'patrol', route: 'grid', where: 'demo-grid' },
  { stop: 'dispatch', status: 'dispatched', channel: 'hotline', route: 'department', lead: 'cgzf' },
  { stop: 'dispatch', status: 'dispatched', channel: 'patrol', route: 'department', lead: 'cgzf' },
  {
    stop: 'dispatch',
    status: 'dispatched',
    channel: 'resident',
    route: 'community',
    where: 'demo-community',
  },
  {
    stop: 'dispatch',
    status: 'dispatched',
    channel: 'patrol',
    template: 'manhole',
    where: 'elsewhere',
    warning: 'red',
  },
  { stop: 'dispatch', status: 'dispatched', channel: 'patrol', route: 'grid', where: 'elsewhere' },
  { stop: 'claim', status: 'in_progress', channel: 'patrol', route: 'grid', where: 'demo-grid' },
  {
    stop: 'check_fail',
    status: 'in_progress',
    channel: 'resident',
    route: 'grid',
    where: 'demo-grid',
    outcome: { rework: true },
  },
  { stop: 'claim', status: 'in_progress', channel: 'hotline', route: 'department', lead: 'cgzf' },
  {
    stop: 'claim',
    status: 'in_progress',
    channel: 'patrol',
    route: 'department',
    lead: 'cgzf',
    warning: 'yellow',
  },
  {
    stop: 'claim',
    status: 'in_progress',
    channel: 'hotline',
    route: 'department',
    lead: 'cgzf',
    warning: 'red',
  },
  { stop: 'claim', status: 'in_progress', channel: 'hotline', template: 'construction', where: 'elsewhere' },
  { stop: 'claim', status: 'in_progress', channel: 'resident', template: 'throwing', warning: 'red' },
  {
    stop: 'claim',
    status: 'in_progress',
    channel: 'patrol',
    route: 'community',
    where: 'demo-community',
    warning: 'yellow',
  },
  {
    stop: 'claim',
    status: 'in_progress',
    channel: 'hotline',
    route: 'subdistrict',
    where: 'elsewhere',
    warning: 'yellow',
  },
  {
    stop: 'request_extension',
    status: 'in_progress',
    channel: 'patrol',
    route: 'department',
    lead: 'cgzf',
    outcome: { extension: true },
  },
  {
    stop: 'suspend',
    status: 'in_progress',
    channel: 'hotline',
    template: 'neighbours',
    where: 'elsewhere',
    outcome: { suspend: true },
  },
  {
    stop: 'reopen',
    status: 'in_progress',
    channel: 'hotline',
    route: 'grid',
    where: 'elsewhere',
    outcome: { ratings: ['dissatisfied', 'satisfied'] },
  },
  { stop: 'claim', status: 'in_progress', channel: 'patrol', route: 'grid', where: 'elsewhere' },
  { stop: 'claim', status: 'in_progress', channel: 'patrol', route: 'subdistrict', where: 'elsewhere' },
  { stop: 'feedback', status: 'pending_check', channel: 'patrol', route: 'grid', where: 'demo-grid' },
  { stop: 'feedback', status: 'pending_check', channel: 'hotline', route: 'community', where: 'demo-grid' },
  {
    stop: 'feedback',
    status: 'pending_check',
    channel: 'patrol',
    route: 'department',
    where: 'elsewhere',
    warning: 'red',
  },
  {
    stop: 'feedback',
    status: 'pending_check',
    channel: 'patrol',
    route: 'subdistrict',
    where: 'elsewhere',
    warning: 'yellow',
  },
  { stop: 'feedback', status: 'pending_check', channel: 'patrol', route: 'grid', where: 'elsewhere' },
  { stop: 'feedback', status: 'pending_check', channel: 'resident', route: 'grid', where: 'demo-community' },
  { stop: 'check', status: 'pending_evaluation', channel: 'hotline', route: 'grid', where: 'elsewhere' },
  {
    stop: 'check',
    status: 'pending_evaluation',
    channel: 'hotline',
    route: 'community',
    where: 'demo-community',
  },
  {
    stop: 'check',
    status: 'pending_evaluation',
    channel: 'hotline',
    route: 'subdistrict',
    where: 'elsewhere',
  },
  { stop: 'check', status: 'pending_evaluation', channel: 'hotline', route: 'department' },
  { stop: 'check', status: 'pending_evaluation', channel: 'resident', route: 'grid', reporter: 'resident' },
  { stop: 'check', status: 'pending_evaluation', channel: 'resident', route: 'community' },
  {
    stop: 'evaluate',
    status: 'under_review',
    channel: 'hotline',
    route: 'community',
    where: 'elsewhere',
    outcome: { ratings: ['dissatisfied', 'dissatisfied'] },
  },
  { stop: 'evaluate', status: 'pending_followup', channel: 'hotline', route: 'grid', where: 'elsewhere' },
  {
    stop: 'evaluate',
    status: 'pending_followup',
    channel: 'hotline',
    route: 'subdistrict',
    where: 'elsewhere',
  },
  { stop: 'evaluate', status: 'pending_followup', channel: 'resident', route: 'community' },
];

/** Stops while the accept stage runs (from the report until the dispatch). */
const INTAKE_STOPS: ReadonlySet<Milestone> = new Set(['report', 'verify', 'accept', 'return', 'escalate']);

/** A few finished cases of each resident-side and building login, so that "my reports" is not empty. */
const PERSONA_CASES: ReadonlyArray<{ reporter: string; channel: CaseChannel; count: number }> = [
  { reporter: 'building', channel: 'patrol', count: 3 },
  { reporter: 'unit', channel: 'patrol', count: 2 },
  { reporter: 'volunteer', channel: 'resident', count: 3 },
  { reporter: 'member', channel: 'resident', count: 3 },
  { reporter: 'partner', channel: 'resident', count: 2 },
];

interface Want {
  channel: CaseChannel;
  route?: Route | undefined;
  template?: string | undefined;
  lead?: DeptCode | undefined;
  where?: OpenSlot['where'];
  reporter?: string | undefined;
  /** A case made to order (open, or a login's own): not a 12345 inquiry, which is only rejected. */
  open?: boolean;
  /** Waiting to be accepted or dispatched without a card: not a category accepted within the hour. */
  calmIntake?: boolean;
}

export interface DemoCaseSummary {
  total: number;
  byStatus: Record<string, number>;
  byChannel: Record<string, number>;
  byLevel: Record<string, number>;
  warnings: { yellow: number; red: number };
}

export interface DemoCasePlan {
  cases: BuiltCase[];
  summary: DemoCaseSummary;
}

export function planDemoCases(w: DemoWorld, now: Date, seed = DEMO_CASES_SEED): DemoCasePlan {
  const random = mulberry32(seed);
  const s = w.settings;
  const demoGrid = w.grids.find((g) => g.fullTime.includes('gridworker')) ?? w.grids[0];
  const demoCommunity = demoGrid?.communityCode ?? null;
  const residentCommunity = w.residentCommunity ?? demoCommunity;
  const residents = w.residents;
  let index = 0;

  const gridsWhere = (t: CaseTemplate, want: Want): DemoGrid[] => {
    if (t.at) return want.where ? [] : w.grids.filter((g) => g.exclusive === t.at);
    const basic = w.grids.filter((g) => !g.exclusive);
    if (want.reporter && !residents.includes(want.reporter)) {
      return basic.filter((g) => [...g.buildingLeaders, ...g.unitLeaders].includes(want.reporter!));
    }
    if (want.channel === 'resident') {
      const home = basic.filter((g) => g.communityCode === residentCommunity);
      return want.where === 'demo-grid' ? home.filter((g) => g === demoGrid) : home;
    }
    if (want.where === 'demo-grid') return demoGrid ? [demoGrid] : [];
    if (want.where === 'demo-community') return basic.filter((g) => g.communityCode === demoCommunity);
    if (want.where === 'elsewhere') return basic.filter((g) => g.communityCode !== demoCommunity);
    return basic;
  };
  const gridWeight = (g: DemoGrid) => (g === demoGrid ? 4 : g.communityCode === demoCommunity ? 1.6 : 1);

  function makeSpec(want: Want, draw: (spec: CaseSpec) => Outcome): CaseSpec | undefined {
    const { channel } = want;
    const templates = CASE_TEMPLATES.filter(
      (t) =>
        (t.channels[channel] ?? 0) > 0 &&
        w.categories.has(t.category) &&
        (!want.route || t.route === want.route) &&
        (!want.template || t.key === want.template) &&
        (!want.lead || t.lead === want.lead) &&
        !(want.open && t.inquiry) &&
        !(want.calmIntake && w.categories.get(t.category)?.limits.accept.unit === 'urgent_hours') &&
        (channel !== 'department' || (w.handlers.get(t.by ?? t.lead ?? 'cgzf')?.length ?? 0) > 0) &&
        gridsWhere(t, want).length > 0,
    );
    const template = weighted(random, templates, (t) => t.weight * (t.channels[channel] ?? 0));
    const category = template && w.categories.get(template.category);
    if (!template || !category) return undefined;
    const grid = weighted(random, gridsWhere(template, want), gridWeight);
    if (!grid) return undefined;
    const reporter = reporterFor(want, template, grid);
    if (!reporter) return undefined;

    const floor = 1 + Math.floor(random() * 6);
    let address: string;
    let point: [number, number];
    if (template.place === 'building') {
      const building = pick(random, grid.buildings);
      const unit = 1 + Math.floor(random() * building.units);
      address = grid.unitName ? building.name : `${building.name}${unit}单元`;
      point = pick(random, building.points);
    } else {
      const spot = pick(random, grid.outdoor);
      address = spot.address;
      point = spot.point;
    }
    const [title, said, result] = pick(random, template.variants);
    const text = said.replaceAll('{addr}', address).replaceAll('{f}', String(floor));
    const dept = template.by ?? template.lead ?? 'cgzf';
    const description =
      channel === 'hotline'
        ? `市民来电反映：${text}，希望尽快处理。`
        : channel === 'patrol'
          ? `巡查发现：${text}。`
          : channel === 'department'
            ? `${DEPT_NAMES[dept]}日常巡查发现：${text}。`
            : channel === 'sensor'
              ? `${template.key === 'manhole' ? '智能井盖倾斜' : '高空抛物监控'}报警：${text}。`
              : `${text}。`;
    const spec: CaseSpec = {
      index: index++,
      seed: seed ^ Math.imul(index + 1, 0x9e3779b1),
      template,
      category,
      grid,
      channel,
      reporter,
      route: template.route,
      title,
      description,
      result,
      address,
      point,
      ...(channel === 'hotline'
        ? {
            reporterName: `${pick(random, [...SURNAMES])}${random() < 0.5 ? '女士' : '先生'}`,
            reporterPhone: `1${pick(random, ['38', '39', '58', '59', '86', '87', '35', '37'])}${String(Math.floor(random() * 1e8)).padStart(8, '0')}`,
            externalRef: 'GD',
          }
        : {}),
      ...(channel === 'sensor' ? { externalRef: template.key === 'manhole' ? 'JG-' : 'GK-' } : {}),
      outcome: emptyOutcome(template),
    };
    spec.outcome = draw(spec);
    return spec;
  }

  function reporterFor(want: Want, t: CaseTemplate, grid: DemoGrid): string | undefined {
    if (want.reporter) return want.reporter;
    switch (want.channel) {
      case 'patrol': {
        const x = random();
        if (x < 0.72 || (!grid.buildingLeaders.length && !grid.unitLeaders.length)) return grid.fullTime[0];
        if (x < 0.86 && grid.partTime.length) return pick(random, grid.partTime);
        if (x < 0.94 && grid.buildingLeaders.length) return pick(random, grid.buildingLeaders);
        return grid.unitLeaders.length ? pick(random, grid.unitLeaders) : grid.fullTime[0];
      }
      case 'resident':
        return weighted(random, residents, (u) => RESIDENT_WEIGHTS[u] ?? 1);
      case 'hotline':
        return w.hotline[0];
      case 'department':
        return w.handlers.get(t.by ?? t.lead ?? 'cgzf')?.[0];
      case 'sensor':
        return t.key === 'manhole' ? w.handlers.get('sw')?.[0] : w.dispatchers[w.dispatchers.length - 1];
    }
  }

  /** History: what usually happens to a case of this kind. */
  const drawHistory = (spec: CaseSpec): Outcome => {
    const t = spec.template;
    const base = emptyOutcome(t);
    const fullTime = spec.grid.fullTime.includes(spec.reporter);
    const rated = spec.channel === 'hotline' || spec.channel === 'resident';
    const x = random();
    const ratings: Rating[] =
      x < 0.035
        ? ['dissatisfied', random() < 0.85 ? 'satisfied' : 'basically_satisfied']
        : x < 0.042
          ? ['dissatisfied', 'dissatisfied']
          : x < 0.87
            ? ['satisfied']
            : ['basically_satisfied'];
    return {
      ...base,
      spot: spec.channel === 'patrol' && fullTime && !!t.spot && random() < (t.spotShare ?? 0),
      // What a resident saw outdoors may be gone (or never was) when the grid worker comes to check.
      verifyFalse: spec.channel === 'resident' && t.place === 'outdoor' && random() < 0.12,
      reject: t.inquiry
        ? REJECT_REASONS.inquiry
        : spec.channel === 'hotline' && random() < 0.03
          ? REJECT_REASONS.resolved
          : (spec.channel === 'patrol' || spec.channel === 'department') && random() < 0.015
            ? REJECT_REASONS.private
            : null,
      wrongLead: spec.route === 'department' && random() < 0.1 ? (t.lead === 'cgzf' ? 'zj' : 'cgzf') : null,
      escalate: spec.route === 'grid' && spec.channel === 'patrol' && random() < 0.05,
      extension: (spec.route === 'department' || spec.route === 'subdistrict') && random() < 0.12,
      suspend: spec.route === 'community' && random() < 0.06,
      late: spec.route === 'department' && random() < 0.3,
      rework: random() < 0.05,
      ratings: rated ? ratings : [],
      followup: random() < 0.45,
      assists: base.assists.map(() => {
        const claims = random() < 0.92;
        return { claims, feedsBack: claims && random() < 0.9 };
      }),
    };
  };

  const cases: BuiltCase[] = [];
  const lastOf = (b: BuiltCase) => b.steps[b.steps.length - 1]?.at.getTime() ?? 0;
  const settled = (b: BuiltCase) => lastOf(b) < now.getTime() - 20 * MINUTE;

  // The history, day by day.
  const today = chinaDayNumber(now);
  for (let day = today - HISTORY_DAYS; day <= today; day++) {
    const workday = isWorkday(s, day);
    const count = Math.round((workday ? PER_WORKDAY : PER_REST_DAY) * (0.6 + 0.8 * random()));
    for (let k = 0; k < count; k++) {
      const channels = workday ? WORKDAY_CHANNELS : REST_DAY_CHANNELS;
      const channel =
        weighted(random, Object.keys(channels) as CaseChannel[], (c) => channels[c]) ?? 'patrol';
      const spec = makeSpec({ channel }, drawHistory);
      if (!spec) continue;
      const built = buildCase(w, spec, reportTime(random, s, day, channel, workday));
      if (!settled(built)) continue;
      cases.push(built);
      // 并单: a second caller about the same matter, merged into the first while it is handled.
      const master = built;
      if (master.status === 'closed' && spec.route !== 'grid' && random() < 0.1 && w.hotline.length) {
        const reportedAt = new Date(master.reportedAt.getTime() + between(random, 3, 30) * HOUR);
        const minutes = minutesOfDay(reportedAt);
        if (minutes < 7 * 60 + 30 || minutes > 21 * 60 + 30) continue;
        const dup: CaseSpec = {
          ...spec,
          index: index++,
          seed: seed ^ Math.imul(index + 7, 0x85ebca6b),
          channel: 'hotline',
          reporter: w.hotline[0]!,
          description: `市民再次来电反映：${spec.title}，地点在${spec.address}，希望尽快处理。`,
          reporterName: `${pick(random, [...SURNAMES])}${random() < 0.5 ? '女士' : '先生'}`,
          reporterPhone: `13${String(Math.floor(random() * 1e9)).padStart(9, '0')}`,
          externalRef: 'GD',
          outcome: { ...emptyOutcome(spec.template), mergeInto: spec.index },
        };
        const merged = buildCase(w, dup, reportedAt);
        if (lastOf(merged) < lastOf(master) - HOUR && settled(merged)) cases.push(merged);
      }
    }
  }

  // The resident-side and building logins' own reports, on random days of the history.
  for (const persona of PERSONA_CASES) {
    for (let k = 0; k < persona.count; k++) {
      const spec = makeSpec({ channel: persona.channel, reporter: persona.reporter, open: true }, (x) => ({
        ...drawHistory(x),
        spot: false,
        verifyFalse: false,
        reject: null,
      }));
      if (!spec) continue;
      const day = today - 3 - Math.floor(random() * (HISTORY_DAYS - 10));
      const built = buildCase(w, spec, reportTime(random, s, day, persona.channel, isWorkday(s, day)));
      if (settled(built)) cases.push(built);
    }
  }

  // The open cases, each placed back from `now` until it shows the card it was meant to.
  for (const slot of OPEN_SLOTS) {
    const spec = makeSpec(
      {
        channel: slot.channel,
        route: slot.route,
        template: slot.template,
        lead: slot.lead,
        where: slot.where,
        reporter: slot.reporter,
        open: true,
        calmIntake: INTAKE_STOPS.has(slot.stop) && !slot.warning,
      },
      (x) => ({ ...emptyOutcome(x.template), ratings: ['satisfied'], ...slot.outcome }),
    );
    if (!spec) continue;
    spec.stop = slot.stop;
    // A yellow card may not fit (a one-day limit seen on a weekend): then the case waits without one.
    const placed =
      placeOpen(w, spec, slot, now, random) ?? placeOpen(w, spec, { ...slot, warning: 'none' }, now, random);
    if (placed) cases.push(placed);
  }

  return { cases, summary: summarise(w, cases, now) };
}

function emptyOutcome(t: CaseTemplate): Outcome {
  return {
    spot: false,
    verifyFalse: false,
    reject: null,
    mergeInto: null,
    wrongLead: null,
    escalate: false,
    extension: false,
    suspend: false,
    late: false,
    rework: false,
    ratings: [],
    followup: false,
    assists: (t.assists ?? []).map(() => ({ claims: true, feedsBack: true })),
  };
}

/** When a report comes in: staff in working hours, callers and residents from morning to night. */
function reportTime(
  random: Random,
  s: DemoWorld['settings'],
  day: number,
  channel: CaseChannel,
  workday: boolean,
): Date {
  switch (channel) {
    case 'patrol':
    case 'department':
      return workday
        ? workingInstantOfDay(s, day, between(random, 0.02, 0.95))
        : atMinutes(day, 9 * 60 + random() * 150);
    case 'hotline':
      return atMinutes(day, 7 * 60 + 30 + random() * 14 * 60);
    case 'resident':
      return atMinutes(day, 7 * 60 + random() * 15 * 60);
    case 'sensor':
      return atMinutes(day, random() * 24 * 60);
  }
}

const allowedReport = (s: DemoWorld['settings'], channel: CaseChannel, t: Date): boolean => {
  if (channel === 'patrol' || channel === 'department') return isWorkingInstant(s, t);
  if (channel === 'sensor') return true;
  const minutes = minutesOfDay(t);
  return minutes >= 7 * 60 + 30 && minutes <= 21 * 60 + 30;
};

const clockOf = (b: BuiltCase): StageClock | null =>
  b.stage && {
    ...newClock(b.stage.limit),
    suspensions: b.stage.suspensions.map(([a, z]) => [a.toISOString(), z ? z.toISOString() : null]),
  };

/** The warning a case shows at `now`, as the server computes it (and the sweep raises it). */
export function warningAt(w: DemoWorld, b: BuiltCase, now: Date): WarningLevel {
  const clock = clockOf(b);
  if (!clock || !b.stage || FINAL_STATUSES.includes(b.status)) return 'none';
  return warningOf(b.stage.start, clock, deadlineOf(b.stage.start, clock, w.settings), now, w.settings);
}

/**
 * Steps back from `now`, ten minutes at a time, until the case stopped at its milestone shows the
 * wanted warning (and, without one, has used a fair share of its limit or waited a while).
 */
function placeOpen(
  w: DemoWorld,
  spec: CaseSpec,
  slot: OpenSlot,
  now: Date,
  random: Random,
): BuiltCase | undefined {
  const target = slot.warning ?? 'none';
  const share = target === 'red' ? between(random, 1.1, 1.6) : between(random, 0.1, 0.6);
  const waited = between(random, 1, 40) * HOUR;
  const offset = Math.floor(random() * 10) * MINUTE;
  let best: BuiltCase | undefined;
  // Ten-minute steps over the first day, coarser further back (a department's limit is days long).
  for (let back = 10 * MINUTE; back <= 30 * 24 * HOUR; back += back < 24 * HOUR ? 10 * MINUTE : 30 * MINUTE) {
    const reportedAt = new Date(now.getTime() - back - offset);
    if (!allowedReport(w.settings, spec.channel, reportedAt)) continue;
    const b = buildCase(w, spec, reportedAt);
    if (b.status !== slot.status) return undefined;
    const last = b.steps[b.steps.length - 1]?.at.getTime() ?? 0;
    if (last >= now.getTime() - 3 * MINUTE) continue;
    const clock = clockOf(b);
    if (!clock || !b.stage) {
      if (now.getTime() - last >= waited) return b;
      continue;
    }
    const warning = warningAt(w, b, now);
    const used = usedOf(b.stage.start, clock, now, w.settings) / limitMs(clock.limit);
    if (warning === target && (target === 'yellow' || used >= share)) return b;
    // Further back only uses more of the limit: keep the last fit, give up once far past it.
    if (warning === target) best = b;
    else if (best || used > 4) return best;
  }
  return best;
}

function summarise(w: DemoWorld, cases: readonly BuiltCase[], now: Date): DemoCaseSummary {
  const count = (key: (b: BuiltCase) => string) => {
    const out: Record<string, number> = {};
    for (const b of cases) out[key(b)] = (out[key(b)] ?? 0) + 1;
    return out;
  };
  const warnings = cases.map((b) => warningAt(w, b, now));
  return {
    total: cases.length,
    byStatus: count((b) => b.status),
    byChannel: count((b) => b.spec.channel),
    byLevel: count((b) => b.level),
    warnings: {
      yellow: warnings.filter((x) => x === 'yellow').length,
      red: warnings.filter((x) => x === 'red').length,
    },
  };
}
