// How long `mlc` takes to start, as a user runs it: npm run bench:cli [-- --runs N] [-- --root DIR]
// Times `mlc --help`, `mlc doctor --help` and `mlc records` against a relay on loopback (a fresh one,
// no connections), N runs each after one warm-up run (which fills tsx's transform cache), and prints
// the median and slowest wall time with the number of modules each loads. --root times the `mlc` of
// another checkout (an older commit, say) against the same relay, for a before/after figure.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

const HERE = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { runs: { type: 'string' }, root: { type: 'string' } } });
const runs = Number(values.runs ?? 10);
const root = path.resolve(values.root ?? HERE);
const MLC = path.join(root, 'bin', 'mlc.js');
// Lists every module a process loads (the same hook the CLI tests use).
const TRACE = pathToFileURL(path.join(HERE, 'test', 'relay', 'cli', 'trace-modules.mjs')).href;
const work = mkdtempSync(path.join(tmpdir(), 'mlc-bench-cli-'));
const adminToken = randomBytes(24).toString('base64url');

interface Run {
  ms: number;
  code: number | null;
}

function runMlc(args: string[], env: Record<string, string>, nodeOptions: string[] = []): Promise<Run> {
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeOptions, MLC, ...args], {
    cwd: work,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: 'ignore',
  });
  return new Promise((resolve) => child.once('exit', (code) => resolve({ ms: performance.now() - started, code })));
}

async function modulesLoaded(args: string[], env: Record<string, string>): Promise<number> {
  const file = path.join(work, `modules-${randomBytes(4).toString('hex')}.txt`);
  await runMlc(args, { ...env, MLC_TRACE_MODULES: file }, ['--import', TRACE]);
  return new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean)).size;
}

/** The relay as `npm start` runs it, on a free port, with no NetSuite or Procurify connection. */
async function startRelay(): Promise<{ url: string; stop(): Promise<unknown> }> {
  const loader = pathToFileURL(path.join(HERE, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
  const child = spawn(process.execPath, ['--import', loader, path.join(HERE, 'relay', 'src', 'main.ts')], {
    cwd: work,
    env: {
      PATH: process.env.PATH ?? '',
      MLC_PORT: '0',
      MLC_HOST: '127.0.0.1',
      MLC_DATABASE_URL: `file:${path.join(work, 'mlc.db')}`,
      MLC_ADMIN_TOKEN: adminToken,
      MLC_EVENT_SECRET: randomBytes(24).toString('base64url'),
      MLC_MASTER_KEY: randomBytes(32).toString('base64'),
      MLC_POLL_INTERVAL: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const port = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the relay exited (${code}) before listening`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /"port":(\d+).*"msg":"relay listening"/.exec(line);
      if (match) resolve(match[1]!);
    });
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return { url: `http://127.0.0.1:${port}`, stop: () => (child.kill('SIGTERM'), exited) };
}

const relay = await startRelay();
const cases: { label: string; args: string[]; env: Record<string, string> }[] = [
  { label: 'mlc --help', args: ['--help'], env: {} },
  { label: 'mlc doctor --help', args: ['doctor', '--help'], env: {} },
  {
    label: 'mlc records (a relay on loopback)',
    args: ['records', '--url', relay.url],
    env: { MLC_ADMIN_TOKEN: adminToken },
  },
];

console.log(
  `mlc start-up, ${runs} runs each after a warm-up: ${path.relative(process.cwd(), root) || '.'} (node ${process.version})`,
);
try {
  for (const { label, args, env } of cases) {
    const warm = await runMlc(args, env);
    if (warm.code !== 0) throw new Error(`${label} exited ${warm.code}`);
    const times: number[] = [];
    for (let index = 0; index < runs; index += 1) times.push((await runMlc(args, env)).ms);
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    const modules = await modulesLoaded(args, env);
    console.log(
      `  ${label.padEnd(36)} median ${(median / 1000).toFixed(2)} s  max ${(times.at(-1)! / 1000).toFixed(2)} s  ${modules} modules`,
    );
  }
} finally {
  await relay.stop();
  rmSync(work, { recursive: true, force: true });
}
