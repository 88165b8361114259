import type { PersonQuery } from '../../api/registry.ts';

export const PAGE_SIZE = 20;
const RESIDENCY_TYPES = ['registered', 'migrant', 'overseas'] as const;
type ResidencyType = (typeof RESIDENCY_TYPES)[number];
const DIVISION = /^\d{6}(\d{3}(\d{3})?)?$/;
const GRID = /^[1-9]\d{14}$/;
const TAG = /^[a-z0-9_]{1,40}$/;

/** The filters of the people list, as kept in the URL query string. */
export interface PeopleFilters {
  q?: string;
  /** A district, subdistrict or community code (6, 9 or 12 digits) … */
  division?: string;
  /** … or a grid code (15 digits): one place at a time. */
  grid?: string;
  residencyType?: ResidencyType;
  tag?: string;
  partyMember?: boolean;
  /** The soft-deleted records awaiting purge instead of the live ones. */
  deleted?: boolean;
  page: number;
}

const isResidencyType = (v: string | null): v is ResidencyType =>
  v !== null && (RESIDENCY_TYPES as readonly string[]).includes(v);

/** Reads the filters from a query string, dropping values the server would reject. */
export function parsePeopleFilters(search: string): PeopleFilters {
  const params = new URLSearchParams(search);
  const filters: PeopleFilters = { page: 1 };
  const q = params.get('q')?.trim();
  if (q) filters.q = q.slice(0, 50);
  const place = params.get('grid') ?? params.get('division');
  if (place && GRID.test(place)) filters.grid = place;
  else if (place && DIVISION.test(place)) filters.division = place;
  const residencyType = params.get('residencyType');
  if (isResidencyType(residencyType)) filters.residencyType = residencyType;
  const tag = params.get('tag');
  if (tag && TAG.test(tag)) filters.tag = tag;
  const party = params.get('partyMember');
  if (party === 'true' || party === 'false') filters.partyMember = party === 'true';
  if (params.get('deleted') === 'true') filters.deleted = true;
  const page = Number(params.get('page'));
  if (Number.isInteger(page) && page > 1 && page <= 10_000) filters.page = page;
  return filters;
}

/** The `/registry/people?…` path of some filters (empty values and the first page left out). */
export function peoplePath(filters: PeopleFilters): string {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.grid) params.set('grid', filters.grid);
  else if (filters.division) params.set('division', filters.division);
  if (filters.residencyType) params.set('residencyType', filters.residencyType);
  if (filters.tag) params.set('tag', filters.tag);
  if (filters.partyMember !== undefined) params.set('partyMember', String(filters.partyMember));
  if (filters.deleted) params.set('deleted', 'true');
  if (filters.page > 1) params.set('page', String(filters.page));
  const search = params.toString();
  return search ? `/registry/people?${search}` : '/registry/people';
}

/** The API query of the filters without paging (the export's). */
export function toFilterQuery(filters: PeopleFilters): Omit<PersonQuery, 'page' | 'pageSize'> {
  return {
    q: filters.q,
    division: filters.division,
    grid: filters.grid,
    residencyType: filters.residencyType,
    tag: filters.tag,
    partyMember:
      filters.partyMember === undefined
        ? undefined
        : filters.partyMember
          ? ('true' as const)
          : ('false' as const),
    deleted: filters.deleted ? ('true' as const) : undefined,
  };
}

export function toPeopleQuery(filters: PeopleFilters): PersonQuery {
  return { ...toFilterQuery(filters), page: filters.page, pageSize: PAGE_SIZE };
}

/** Whether any filter narrows the list (the tab and the page do not count). */
export const isFiltered = (f: PeopleFilters): boolean =>
  Boolean(f.q || f.division || f.grid || f.residencyType || f.tag || f.partyMember !== undefined);
