// The compiled SuiteApp the end-to-end tests run: `npm run suiteapp:build`, exactly what
// `npm run suiteapp:deploy` uploads. The build empties suiteapp/dist first, so builds from parallel
// test files take turns (a lock directory), and each file runs its own copy of the result.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const LOCK = path.join(tmpdir(), 'mlc-e2e-suiteapp-build.lock');
const STALE_LOCK_MS = 120_000;

let compiledDist: string | null = null;

/** Builds and copies the SuiteApp; pass it to `beforeAll`, which calls the returned clean-up afterwards. */
export function buildSuiteApp(): () => void {
  const copy = mkdtempSync(path.join(tmpdir(), 'mlc-e2e-dist-'));
  withBuildLock(() => {
    execFileSync('npm', ['run', '--silent', 'suiteapp:build'], { cwd: ROOT, stdio: 'pipe' });
    cpSync(path.join(ROOT, 'suiteapp', 'dist'), copy, { recursive: true });
  });
  compiledDist = copy;
  return () => rmSync(copy, { recursive: true, force: true });
}

/** The private copy of suiteapp/dist made by buildSuiteApp. */
export function compiledSuiteApp(): string {
  if (compiledDist === null) throw new Error('call buildSuiteApp() in beforeAll before starting the world');
  return compiledDist;
}

function withBuildLock(work: () => void): void {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock left by a killed run is taken over once it is older than any build.
      if (Date.now() - lockAge() > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  try {
    work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

function lockAge(): number {
  try {
    return statSync(LOCK).mtimeMs;
  } catch {
    return Date.now();
  }
}
