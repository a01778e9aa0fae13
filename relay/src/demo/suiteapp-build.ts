import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

// The demo runs the real compiled SuiteApp: build it when suiteapp/dist is missing or older than
// any source it is assembled from.

const SOURCES = ['suiteapp/src', 'suiteapp/Objects', 'suiteapp/deploy.xml', 'manifest.xml'];
const BUILT_MARKER = 'suiteapp/dist/manifest.xml';

export function suiteAppIsStale(root: string): boolean {
  const marker = path.join(root, BUILT_MARKER);
  if (!existsSync(marker)) return true;
  const builtAt = statSync(marker).mtimeMs;
  return SOURCES.some((source) => newestChange(path.join(root, source)) > builtAt);
}

/** Builds the SuiteApp with the project's own build script when it is stale; returns whether it built. */
export function ensureSuiteAppBuilt(root: string): boolean {
  if (!suiteAppIsStale(root)) return false;
  const loader = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  execFileSync(process.execPath, [loader, path.join(root, 'suiteapp', 'scripts', 'build.ts')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return true;
}

function newestChange(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(target).map((entry) => newestChange(path.join(target, entry))));
}
