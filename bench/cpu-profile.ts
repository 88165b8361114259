/**
 * Where the server process spends its CPU: V8's sampling profiler (node:inspector) around a piece of
 * work, summarised per package or source directory (self time; builtins such as JSON or RegExp count
 * for their caller) and per function of this repository (inclusive time: the function and everything
 * it calls). The raw .cpuprofile is kept for Chrome
 * DevTools / speedscope.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { round } from './measure.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Which bucket a frame's self time goes to: a package, a directory of this repository, or V8's own. */
function bucketOf(frame: ProfileNode['callFrame']): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native / builtins)';
  if (url.startsWith('node:')) return 'node internals';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + '/node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const repo = url.match(/\/(apps\/server\/src|packages\/[a-z]+\/src|bench)\/(.*)$/);
  if (repo) {
    const [, root, path] = repo;
    const dir = path!.split('/').slice(0, root === 'apps/server/src' ? 2 : 1);
    return `${root}/${dir.join('/')}`;
  }
  return url;
}

const SOCKET_WRITES = new Set([
  'writev',
  'writeBuffer',
  'writeUtf8String',
  'writeLatin1String',
  'writeAsciiString',
]);

const inRepo = (url: string) =>
  /\/(apps|packages)\/[^/]+\/src\//.test(url) && !url.includes('/node_modules/');

export async function profileCpu<T>(
  work: () => Promise<T>,
  options: { units: (value: T) => number; file: string; intervalUs?: number },
) {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: options.intervalUs ?? 500 });
  await session.post('Profiler.start');
  let value: T;
  let profile: Profile;
  try {
    value = await work();
  } finally {
    profile = ((await session.post('Profiler.stop')) as unknown as { profile: Profile }).profile;
    session.disconnect();
  }
  writeFileSync(options.file, JSON.stringify(profile));

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let totalUs = 0;
  let idleUs = 0;
  let dt = 0;
  const addInclusive = (node: ProfileNode) => {
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const f = byId.get(id)!.callFrame;
      if (!inRepo(f.url)) continue;
      // Line numbers are of the transpiled code (tsx), so only the name and the file.
      const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(apps|packages)\//, '$1/')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
    }
  };
  for (let i = 0; i < profile.samples.length; i++) {
    dt = profile.timeDeltas[i] ?? 0;
    const node = byId.get(profile.samples[i]!);
    if (!node) continue;
    totalUs += dt;
    if (node.callFrame.functionName === '(idle)') {
      idleUs += dt;
      continue;
    }
    // Builtins (JSON, RegExp, Array…) count for the nearest caller that has a source file; socket
    // writes (the write system calls, to PostgreSQL and to the HTTP clients) get their own bucket.
    let owner: ProfileNode = node;
    if (SOCKET_WRITES.has(node.callFrame.functionName) && !node.callFrame.url) {
      self.set('(socket writes: system calls)', (self.get('(socket writes: system calls)') ?? 0) + dt);
      addInclusive(node);
      continue;
    }
    if (!node.callFrame.url && !node.callFrame.functionName.startsWith('(')) {
      for (let id = parent.get(node.id); id !== undefined; id = parent.get(id)) {
        const p = byId.get(id)!;
        if (p.callFrame.url) {
          owner = p;
          break;
        }
      }
    }
    const bucket = bucketOf(owner.callFrame);
    self.set(bucket, (self.get(bucket) ?? 0) + dt);
    addInclusive(node);
  }
  const units = Math.max(1, options.units(value));
  const perUnit = (us: number) => round(us / 1000 / units, 3);
  const busyUs = totalUs - idleUs;
  return {
    value,
    summary: {
      file: options.file,
      units,
      wallMs: round(totalUs / 1000, 0),
      busyPct: round((100 * busyUs) / (totalUs || 1), 1),
      busyMsPerUnit: perUnit(busyUs),
      selfByBucket: [...self.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 20)
        .map(([bucket, us]) => ({
          bucket,
          msPerUnit: perUnit(us),
          pct: round((100 * us) / (busyUs || 1), 1),
        })),
      inclusiveRepoFunctions: [...inclusive.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 25)
        .map(([fn, us]) => ({ fn, msPerUnit: perUnit(us), pct: round((100 * us) / (busyUs || 1), 1) })),
    },
  };
}

export type CpuProfileSummary = Awaited<ReturnType<typeof profileCpu>>['summary'];
