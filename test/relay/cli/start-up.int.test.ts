import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-dir';
import { runMlc } from './run-mlc';

// What `mlc` loads before it answers: a command's module loads only when that command runs, and the
// simulators, the database and the HTTP server only in the commands that use them. Start-up time
// itself is measured by `npm run bench:cli`, not here.

const HERE = path.dirname(fileURLToPath(import.meta.url));
const TRACE = pathToFileURL(path.join(HERE, 'trace-modules.mjs')).href;
const CLI = pathToFileURL(path.resolve(HERE, '../../../relay/src/cli')).href;
const HEAVY = /\/simulators\/|\/node_modules\/(drizzle-orm|@libsql|hono|@hono|ajv|yaml|pino)\//;

async function modulesLoadedBy(args: string[], env: Record<string, string> = {}) {
  const cwd = tempDir('mlc-start-');
  const file = path.join(cwd, 'modules.txt');
  const run = await runMlc(args, { cwd, env: { ...env, NODE_OPTIONS: `--import ${TRACE}`, MLC_TRACE_MODULES: file } });
  return { run, modules: readFileSync(file, 'utf8').split('\n').filter(Boolean) };
}

describe('mlc start-up', () => {
  it('answers --help without loading any command, simulator, database or HTTP server module', async () => {
    const { run, modules } = await modulesLoadedBy(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('demo');
    expect(modules).toContain(`${CLI}/run-cli.ts`);
    expect(modules.filter((url) => HEAVY.test(url) || url.startsWith(`${CLI}/commands/`))).toEqual([]);
  });

  it('loads a read-only command’s own module and nothing of the others', async () => {
    const { run, modules } = await modulesLoadedBy(['records', '--help']);
    expect(run.code).toBe(0);
    expect(modules).toContain(`${CLI}/commands/records.ts`);
    expect(modules.filter((url) => HEAVY.test(url) || /\/commands\/(demo|serve|doctor)\.ts$/.test(url))).toEqual([]);
  });

  it('reaches the relay from an admin command without loading the settings schema (zod and its locales)', async () => {
    const { run, modules } = await modulesLoadedBy(['records', '--url', 'http://127.0.0.1:9'], {
      MLC_ADMIN_TOKEN: 'an-admin-token-of-24-chars',
    });
    expect(run.stderr).toContain('Cannot reach the relay at http://127.0.0.1:9');
    expect(modules).toContain(`${CLI}/admin-client.ts`);
    expect(modules.filter((url) => url.includes('/node_modules/zod/') || url.endsWith('/config/schema.ts'))).toEqual(
      [],
    );
  });
});
