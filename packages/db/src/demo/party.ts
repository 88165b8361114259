/**
 * The party organisation mirroring the grid (DOMAIN §3): subdistrict committee → 8 community committees
 * → 40 grid branches (12 of them cover two neighbouring grids) → 2 party groups per grid → 1–2
 * party-member household hubs per group, each linked to about 10 households of its grid. Pure.
 */
import type { partyOrg } from '../schema/index.ts';
import { communityPath, DEMO_SUBDISTRICT, gridPath, SUBDISTRICT_PATH } from './constants.ts';
import { buildingId, partyOrgId } from './ids.ts';
import type { DemoLayout, LayoutGrid } from './layout.ts';
import { type Random, randInt, shuffle } from './prng.ts';

export type PartyOrgKind = (typeof partyOrg.$inferInsert)['kind'];

export interface PartyOrgPlan {
  id: string;
  kind: PartyOrgKind;
  name: string;
  parentId: string | null;
  territoryPath: string;
}

export interface HubHouseholdPlan {
  hubId: string;
  buildingId: string;
  unitNo: number;
  room: string;
}

export interface PartyPlan {
  orgs: PartyOrgPlan[];
  hubHouseholds: HubHouseholdPlan[];
}

/** 12 joint branches: two in each of the first four communities, one in each of the others. */
const jointBranches = (communityIndex: number): number => (communityIndex < 4 ? 2 : 1);

/** Every household of a grid as building, stairway unit and room (301 = 3rd floor, 1st door). */
function householdsOf(grid: LayoutGrid): Omit<HubHouseholdPlan, 'hubId'>[] {
  return grid.buildings.flatMap((b) =>
    b.units.flatMap((unit) =>
      Array.from({ length: unit.households }, (_, k) => {
        const floor = Math.floor(k / b.householdsPerFloor) + 1;
        const door = (k % b.householdsPerFloor) + 1;
        return {
          buildingId: buildingId(b.code),
          unitNo: unit.unitNo,
          room: `${floor}${String(door).padStart(2, '0')}`,
        };
      }),
    ),
  );
}

const neighbours = (a: LayoutGrid, b: LayoutGrid): boolean =>
  Math.abs(a.row - b.row) + Math.abs(a.col - b.col) === 1;

/**
 * The grids of each branch, in grid-code order: `joint` pairs of neighbouring basic grids share a branch
 * (taken greedily in code order), every other grid has its own.
 */
function branchMembers(grids: readonly LayoutGrid[], joint: number): LayoutGrid[][] {
  const paired = new Map<LayoutGrid, LayoutGrid>();
  const basic = grids.filter((g) => g.type === 'basic');
  for (const grid of basic) {
    if (paired.size / 2 >= joint || paired.has(grid)) continue;
    const partner = basic.find((h) => h.code > grid.code && !paired.has(h) && neighbours(grid, h));
    if (!partner) continue;
    paired.set(grid, partner).set(partner, grid);
  }
  if (paired.size / 2 !== joint) throw new Error(`cannot pair ${joint} neighbouring grids`);
  return grids
    .filter((g) => !paired.has(g) || paired.get(g)!.code > g.code)
    .map((g) => (paired.has(g) ? [g, paired.get(g)!] : [g]));
}

export function planParty(layout: DemoLayout, random: Random, nextName: () => string): PartyPlan {
  const orgs: PartyOrgPlan[] = [];
  const hubHouseholds: HubHouseholdPlan[] = [];
  const org = (
    key: string,
    kind: PartyOrgKind,
    name: string,
    parentId: string | null,
    territoryPath: string,
  ) => {
    const id = partyOrgId(key);
    orgs.push({ id, kind, name, parentId, territoryPath });
    return id;
  };

  const top = org(
    DEMO_SUBDISTRICT.code,
    'subdistrict_committee',
    `中共${DEMO_SUBDISTRICT.name}工作委员会`,
    null,
    SUBDISTRICT_PATH,
  );
  layout.communities.forEach((community, c) => {
    const committee = org(
      community.code,
      'community_committee',
      `中共${community.shortName}委员会`,
      top,
      communityPath(community.code),
    );
    const grids = layout.grids.filter((g) => g.communityCode === community.code);
    const branches = branchMembers(grids, jointBranches(c));

    for (const members of branches) {
      const [first, second] = members as [LayoutGrid, LayoutGrid | undefined];
      const branch = second
        ? org(
            `${first.code}+${second.code}`,
            'grid_branch',
            `${community.shortName}第${first.ordinal}、${second.ordinal}网格联合党支部`,
            committee,
            // A branch over two grids mirrors their community.
            communityPath(community.code),
          )
        : org(first.code, 'grid_branch', `${first.name}党支部`, committee, gridPath(first.code));
      for (const grid of members) {
        const households = shuffle(random, householdsOf(grid));
        for (let g = 1; g <= 2; g++) {
          const group = org(
            `${grid.code}/${g}`,
            'party_group',
            `${grid.name}第${g}党小组`,
            branch,
            gridPath(grid.code),
          );
          // An exclusive grid has a single dormitory: one hub per group keeps its households apart.
          const hubs = grid.type === 'exclusive' ? 1 : randInt(random, 1, 2);
          for (let h = 1; h <= hubs; h++) {
            const hub = org(
              `${grid.code}/${g}/${h}`,
              'household_hub',
              `${nextName()}党员中心户`,
              group,
              gridPath(grid.code),
            );
            // Each household belongs to one hub at most: hubs take consecutive slices of the shuffled list.
            for (const household of households.splice(0, randInt(random, 8, 12))) {
              hubHouseholds.push({ hubId: hub, ...household });
            }
          }
        }
      }
    }
  });
  return { orgs, hubHouseholds };
}
