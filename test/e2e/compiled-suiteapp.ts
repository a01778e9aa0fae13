// The compiled SuiteApp the end-to-end tests run: `npm run suiteapp:build`, exactly what
// `npm run suiteapp:deploy` uploads, assembled into a directory of this test file's own.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

let compiledDist: string | null = null;

/** Builds and copies the SuiteApp; pass it to `beforeAll`, which calls the returned clean-up afterwards. */
export function buildSuiteApp(): () => void {
  const copy = mkdtempSync(path.join(tmpdir(), 'mlc-e2e-dist-'));
  execFileSync('npm', ['run', '--silent', 'suiteapp:build', '--', '--out', copy], { cwd: ROOT, stdio: 'pipe' });
  compiledDist = copy;
  return () => rmSync(copy, { recursive: true, force: true });
}

/** The private copy of suiteapp/dist made by buildSuiteApp. */
export function compiledSuiteApp(): string {
  if (compiledDist === null) throw new Error('call buildSuiteApp() in beforeAll before starting the world');
  return compiledDist;
}
