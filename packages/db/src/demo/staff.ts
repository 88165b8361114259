/**
 * The demo's people and their roles (DOMAIN §3): one full-time worker per grid (一员一格), professional
 * forces over many grids (一员多格), linked forces several per grid (一格多员), leaders, community staff,
 * department handlers. Demo logins take the place of the generated person in their slot, so a grid
 * still has exactly one full-time worker. Pure: rows to insert, with ids fixed in advance.
 */
import type { Role } from '@wangge/domain';
import { communityPath, DISTRICT_PATH, gridPath, SUBDISTRICT_PATH } from './constants.ts';
import { departmentId, userId } from './ids.ts';
import type { DemoLayout, LayoutGrid } from './layout.ts';
import { DEMO_USERNAMES } from './logins.ts';
import { pick, type Random, randInt } from './prng.ts';

export interface UserPlan {
  id: string;
  username: string;
  displayName: string;
  kind: 'staff' | 'resident';
  /** A demo login: gets the demo password. */
  demo: boolean;
}

export interface AssignmentPlan {
  userId: string;
  role: Role;
  scopePath: string | null;
  departmentId: string | null;
  force: 'basic' | 'professional' | 'linked' | null;
  employment: 'full_time' | 'part_time' | null;
}

export interface StaffPlan {
  users: UserPlan[];
  assignments: AssignmentPlan[];
}

/** Where the demo logins sit: the first grid and community of 甸柳新村第一社区. */
const DEMO_COMMUNITY = '370102009002';
const DEMO_GRID = `${DEMO_COMMUNITY}001`;

/** Professional forces: department, and how many communities' grids one worker covers. */
const PROFESSIONAL = [
  { department: 'cgzf', communitiesEach: 2 },
  { department: 'scjg', communitiesEach: 4 },
  // 社区民警: one community police officer per community.
  { department: 'ga', communitiesEach: 1 },
] as const;

const HANDLERS: Record<string, number> = { cgzf: 2, scjg: 2, ga: 1, xf: 1, sthj: 1, zj: 1, mz: 1, sw: 1 };

/** Splits n ≥ 2 grids into runs of 2 or 3 consecutive grids, one run per grid leader. */
function leaderRuns(random: Random, grids: readonly LayoutGrid[]): LayoutGrid[][] {
  const runs: LayoutGrid[][] = [];
  for (let start = 0; start < grids.length; ) {
    const left = grids.length - start;
    const size = left <= 3 ? left : left === 4 ? 2 : pick(random, [2, 3]);
    runs.push(grids.slice(start, start + size));
    start += size;
  }
  return runs;
}

export function planStaff(layout: DemoLayout, random: Random, nextName: () => string): StaffPlan {
  const users: UserPlan[] = [];
  const assignments: AssignmentPlan[] = [];
  const person = (username: string, kind: UserPlan['kind'] = 'staff', displayName = nextName()): string => {
    const id = userId(username);
    users.push({ id, username, displayName, kind, demo: DEMO_USERNAMES.has(username) });
    return id;
  };
  const assign = (user: string, role: Role, scopePath: string | null, extra: Partial<AssignmentPlan> = {}) =>
    assignments.push({
      userId: user,
      role,
      scopePath,
      departmentId: null,
      force: null,
      employment: null,
      ...extra,
    });
  const gridsOf = (communityCode: string) => layout.grids.filter((g) => g.communityCode === communityCode);

  assign(person('admin', 'staff', '系统管理员'), 'admin', DISTRICT_PATH);
  assign(person('leader'), 'leader', SUBDISTRICT_PATH);
  assign(person('dispatcher'), 'subdistrictDispatcher', SUBDISTRICT_PATH);
  for (let n = 1; n <= 2; n++) assign(person(`sd370102009-${n}`), 'subdistrictDispatcher', SUBDISTRICT_PATH);
  assign(person('hotline'), 'hotlineOperator', SUBDISTRICT_PATH);

  for (const community of layout.communities) {
    const path = communityPath(community.code);
    for (let n = 1; n <= 2; n++) {
      const demo = community.code === DEMO_COMMUNITY && n === 1;
      assign(person(demo ? 'community' : `cs${community.code}-${n}`), 'communityStaff', path);
    }
    leaderRuns(random, gridsOf(community.code)).forEach((run, n) => {
      const demo = community.code === DEMO_COMMUNITY && n === 0;
      const leader = person(demo ? 'gridleader' : `gl${community.code}-${n + 1}`);
      for (const grid of run) assign(leader, 'gridLeader', gridPath(grid.code));
    });
  }

  for (const grid of layout.grids) {
    const path = gridPath(grid.code);
    const fullTime = person(grid.code === DEMO_GRID ? 'gridworker' : `gw${grid.code}`);
    assign(fullTime, 'gridWorker', path, { force: 'basic', employment: 'full_time' });
    const partTime = randInt(random, 1, 2);
    for (let n = 1; n <= partTime; n++) {
      assign(person(`gp${grid.code}-${n}`), 'gridWorker', path, { force: 'basic', employment: 'part_time' });
    }
    grid.buildings.forEach((b, k) => {
      if (k % 3 !== 0) return;
      const demo = grid.code === DEMO_GRID && k === 0;
      assign(person(demo ? 'building' : `bl${b.code}`), 'buildingLeader', path);
      // 单元长: one per stairway unit of the buildings that have a building leader.
      b.units.forEach((_, u) => {
        const demoUnit = demo && u === 0;
        assign(person(demoUnit ? 'unit' : `ul${b.code}-${u + 1}`), 'unitLeader', path);
      });
    });
  }

  const communities = layout.communities.map((c) => c.code);
  for (const { department, communitiesEach } of PROFESSIONAL) {
    for (let n = 0; n * communitiesEach < communities.length; n++) {
      const worker = person(`pf-${department}-${n + 1}`);
      for (const code of communities.slice(n * communitiesEach, (n + 1) * communitiesEach)) {
        for (const grid of gridsOf(code)) {
          assign(worker, 'gridWorker', gridPath(grid.code), {
            force: 'professional',
            departmentId: departmentId(department),
          });
        }
      }
    }
  }

  // Linked forces (property staff, party members, volunteers) on every third grid.
  layout.grids.forEach((grid, k) => {
    if (k % 3 !== 0) return;
    const linked = randInt(random, 2, 3);
    for (let n = 1; n <= linked; n++) {
      assign(person(`lk${grid.code}-${n}`), 'gridWorker', gridPath(grid.code), { force: 'linked' });
    }
  });

  for (const [department, count] of Object.entries(HANDLERS)) {
    for (let n = 1; n <= count; n++) {
      const demo = department === 'cgzf' && n === 1;
      assign(person(demo ? 'dept' : `dh-${department}-${n}`), 'departmentHandler', DISTRICT_PATH, {
        departmentId: departmentId(department),
      });
    }
  }

  assign(person('mediator'), 'mediator', SUBDISTRICT_PATH);
  assign(person('volunteer', 'resident'), 'volunteer', communityPath(DEMO_COMMUNITY));
  assign(person('resident', 'resident'), 'resident', communityPath(DEMO_COMMUNITY));
  // 双报到: an in-service party member registered at their home community; 红色合伙人: a partner company's contact.
  assign(person('member', 'resident'), 'registeredMember', communityPath(DEMO_COMMUNITY));
  assign(person('partner', 'resident'), 'partner', communityPath(DEMO_COMMUNITY));
  return { users, assignments };
}
