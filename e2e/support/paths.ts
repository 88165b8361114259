import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The monorepo root (the folder that holds apps/, packages/ and e2e/). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Screenshots and logs of the last run (git-ignored). */
export const artifactsDir = fileURLToPath(new URL('../artifacts/', import.meta.url));

/** Absolute path of a file in e2e/artifacts, creating the folder if needed. */
export function artifact(name: string): string {
  mkdirSync(artifactsDir, { recursive: true });
  return `${artifactsDir}${name}`;
}
