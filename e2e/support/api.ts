// The JSON API from the test process: for what a journey needs set up around it (users, cases it is
// not about) and for the server's test clock. Journeys drive the pages for the steps they test.

export const DEMO_PASSWORD = 'Demo2026!';

export class ApiFailure extends Error {
  override name = 'ApiFailure';
  constructor(
    readonly status: number,
    readonly body: string,
    what: string,
  ) {
    super(`${what} answered HTTP ${status}: ${body.slice(0, 500)}`);
  }
}

export interface ApiClient {
  username: string;
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
  /** Uploads an image (POST /api/files, multipart) and answers its file id. */
  upload(bytes: Buffer, filename: string, type: string): Promise<string>;
}

/** Logs in over the API (cookie + CSRF token), for set-up calls as that user. */
export async function apiLogin(
  baseUrl: string,
  username: string,
  password = DEMO_PASSWORD,
): Promise<ApiClient> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const text = await response.text();
  if (!response.ok) throw new ApiFailure(response.status, text, `login as ${username}`);
  const { csrfToken } = JSON.parse(text) as { csrfToken: string };
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const call = async <T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        cookie,
        ...(method === 'GET' ? {} : { 'content-type': 'application/json', 'x-csrf-token': csrfToken }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const answer = await res.text();
    if (!res.ok) throw new ApiFailure(res.status, answer, `${method} ${path} as ${username}`);
    return JSON.parse(answer) as T;
  };
  return {
    username,
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body),
    async upload(bytes, filename, type) {
      const form = new FormData();
      form.append('file', new Blob([bytes], { type }), filename);
      const res = await fetch(`${baseUrl}/api/files`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrfToken },
        body: form,
      });
      const answer = await res.text();
      if (!res.ok) throw new ApiFailure(res.status, answer, `upload as ${username}`);
      return (JSON.parse(answer) as { id: string }).id;
    },
  };
}

export interface ClockMoved {
  now: string;
  warnings: { yellow: number; red: number };
}

/**
 * Moves the clock of a server started with WANGGE_TEST_CLOCK=true (forward only in journeys:
 * session cookies carry absolute expiry times that the browser checks against real time), and
 * the server runs its warning sweep at once.
 */
export async function moveServerClock(
  baseUrl: string,
  move: { advanceMs: number } | { set: string },
): Promise<ClockMoved> {
  const response = await fetch(`${baseUrl}/api/system/test-clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(move),
  });
  const text = await response.text();
  if (!response.ok) throw new ApiFailure(response.status, text, 'POST /api/system/test-clock');
  return JSON.parse(text) as ClockMoved;
}

/** The server's current time (its clock may be moved). */
export async function serverNow(baseUrl: string): Promise<Date> {
  const response = await fetch(`${baseUrl}/api/health`);
  const { time } = (await response.json()) as { time: string };
  return new Date(time);
}

interface Geometry {
  type: string;
  coordinates: unknown;
}

/** The outer rings of a Polygon or MultiPolygon. */
function ringsOf(geometry: Geometry): Array<Array<[number, number]>> {
  if (geometry.type === 'Polygon')
    return (geometry.coordinates as Array<Array<[number, number]>>).slice(0, 1);
  if (geometry.type === 'MultiPolygon') {
    return (geometry.coordinates as Array<Array<Array<[number, number]>>>).map((polygon) => polygon[0]!);
  }
  throw new Error(`not a polygon: ${geometry.type}`);
}

function inside([x, y]: [number, number], ring: Array<[number, number]>): boolean {
  let result = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
  }
  return result;
}

function distanceToEdges([x, y]: [number, number], ring: Array<[number, number]>): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [ax, ay] = ring[j]!;
    const [bx, by] = ring[i]!;
    const dx = bx - ax;
    const dy = by - ay;
    const t =
      dx === 0 && dy === 0
        ? 0
        : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
  }
  return best;
}

/** A point well inside a grid's boundary (the sample farthest from its edges), as { lng, lat }. */
export function interiorPoint(geometry: Geometry): { lng: number; lat: number } {
  let best: { point: [number, number]; margin: number } | null = null;
  for (const ring of ringsOf(geometry)) {
    const xs = ring.map((p) => p[0]);
    const ys = ring.map((p) => p[1]);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const steps = 24;
    for (let i = 1; i < steps; i++) {
      for (let j = 1; j < steps; j++) {
        const point: [number, number] = [
          minX + ((maxX - minX) * i) / steps,
          minY + ((maxY - minY) * j) / steps,
        ];
        if (!inside(point, ring)) continue;
        const margin = distanceToEdges(point, ring);
        if (!best || margin > best.margin) best = { point, margin };
      }
    }
  }
  if (!best) throw new Error('no interior point found');
  return { lng: best.point[0], lat: best.point[1] };
}

export interface GridInfo {
  code: string;
  name: string;
  communityName: string;
  point: { lng: number; lat: number };
}

/** A grid's name and a point well inside it, read as `client` (GET /api/org/grids/:code). */
export async function gridInfo(client: ApiClient, code: string): Promise<GridInfo> {
  const grid = await client.get<{ code: string; name: string; communityName: string; geometry: Geometry }>(
    `/api/org/grids/${code}`,
  );
  return {
    code: grid.code,
    name: grid.name,
    communityName: grid.communityName,
    point: interiorPoint(grid.geometry),
  };
}

export interface CreatedCase {
  id: string;
  number: string;
}

let keys = 0;

/** A 12345 call entered over the API by the hotline operator (for journeys about what follows). */
export async function reportHotlineCase(
  hotline: ApiClient,
  fields: {
    title: string;
    description: string;
    categoryCode?: string;
    location: { lng: number; lat: number };
  },
): Promise<CreatedCase> {
  keys += 1;
  const stamp = `${Date.now().toString(36)}-${keys}`;
  return hotline.post<CreatedCase>('/api/cases', {
    idempotencyKey: `e2e-${stamp}`,
    channel: 'hotline',
    externalRef: `E2E-${stamp}`,
    reporterName: '李先生',
    reporterPhone: '13900001111',
    ...fields,
  });
}

/** Takes an action over the API on the version the user sees. */
export async function actOnCase(client: ApiClient, id: string, body: Record<string, unknown>): Promise<void> {
  const { version } = await client.get<{ version: number }>(`/api/cases/${id}`);
  await client.post(`/api/cases/${id}/actions`, { version, ...body });
}

export interface Department {
  id: string;
  name: string;
}

export async function departments(client: ApiClient): Promise<Department[]> {
  return (await client.get<{ items: Department[] }>('/api/org/departments')).items;
}
