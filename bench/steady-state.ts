// A simulated business day with everything on, as production runs it (the day-of-operation suite
// at full size): npm run bench:steady-state [-- ci]
// Runs the day twice, clean and with Procurify 429s and a relay restart, and prints NetSuite writes
// and Procurify calls per changed record and per idle hour, SuiteQL calls per poll, and save → state
// shown on the NetSuite record (p50, p99, simulated seconds); full size writes them to
// bench/results/steady-state.txt.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { businessDay } from '../test/day/support/business-day';
import { dayFigures, type DayFigures } from '../test/day/support/day-figures';
import { dayOutcome } from '../test/day/support/day-outcome';
import { startDayWorld } from '../test/day/support/day-world';
import { runDay, type DayRun } from '../test/day/support/run-day';

const ROOT = path.resolve(import.meta.dirname, '..');
const size = process.argv[2] === 'ci' ? 'ci' : 'full';
const distDir = mkdtempSync(path.join(tmpdir(), 'mlc-bench-dist-'));
execFileSync('npm', ['run', '--silent', 'suiteapp:build', '--', '--out', distDir], { cwd: ROOT, stdio: 'pipe' });

async function day(faults: boolean): Promise<{ run: DayRun; figures: DayFigures; seconds: number }> {
  const plan = businessDay({ size, faults });
  const started = Date.now();
  const world = await startDayWorld({ start: plan.start, distDir });
  try {
    const run = await runDay(world, plan);
    return { run, figures: dayFigures(world, run, await dayOutcome(world)), seconds: (Date.now() - started) / 1000 };
  } finally {
    await world.close();
  }
}

const hours = (ms: number) => (ms / 3_600_000).toFixed(1);
const time = (at: number) => `${new Date(at).toISOString().slice(11, 19)}Z`;

function latencyLines(figures: DayFigures): string[] {
  const all = figures.saveToShown;
  const during = figures.saveToShownDuringDispatch;
  return [
    `  all changes            p50 ${all.p50Seconds}  p99 ${all.p99Seconds}  max ${all.maxSeconds}  (${all.count} saves; ${all.alreadyShown} more left what NetSuite showed as it was; ${all.notShown} never shown)`,
    `  made during a dispatch p50 ${during.p50Seconds}  p99 ${during.p99Seconds}  max ${during.maxSeconds}  (${during.count} saves)`,
    `  slowest                ${figures.slowestSaves.map((save) => `${save.recordType} ${save.recordId} saved ${time(save.at)}: ${save.seconds === null ? 'never' : `${save.seconds} s`}`).join('; ')}`,
  ];
}

try {
  const clean = await day(false);
  const faulty = await day(true);
  const { run, figures } = faulty;
  const plan = run.plan;
  const lines = [
    `Steady state: one simulated business day (${size} size), everything on, run clean and with Procurify 429s and a relay restart`,
    `  ${hours(plan.end - plan.start)} simulated hours (${hours(plan.businessEnd - plan.start)} with changes, then ${figures.idle.hours.toFixed(1)} idle measured), ${run.steps} simulation steps, ${faulty.seconds.toFixed(0)} s of real time (clean run ${clean.seconds.toFixed(0)} s)`,
    `  ${run.log.saves.length} saves (${run.log.saves.filter((save) => !save.change).length} changing nothing we sync), ${figures.changedRecords} records changed, ${run.log.refused.length} edit refused in a closed period`,
    `  dispatcher runs: ${figures.dispatches.onDemand} on demand, ${figures.dispatches.scheduled} scheduled, ${figures.dispatches.withSavesDuring} with saves made while they ran`,
    '',
    'Per changed record (the whole day with faults)',
    `  NetSuite writes        ${figures.netsuiteWritesPerChangedRecord}  (${figures.netsuiteWrites} in all, every one a sync-state upsert)`,
    `  Procurify calls        ${figures.procurifyCallsPerChangedRecord}  (${figures.procurifyCalls} in all, token requests aside)`,
    `  no-op saves that cost a NetSuite write or a Procurify call: ${figures.noopSavesThatCostSomething}`,
    '',
    `Per idle hour (the last ${figures.idle.hours.toFixed(1)} h, nothing changing)`,
    `  NetSuite writes        ${figures.idle.netsuiteWritesPerHour} (record reads: ${figures.idle.netsuiteRecordReadsPerHour})`,
    `  Procurify calls        ${figures.idle.procurifyCallsPerHour} (reference refresh reads; other than those: ${figures.idle.procurifyOtherThanRefreshPerHour})`,
    `  polls                  ${figures.idle.pollsPerHour}, each ${figures.idle.suiteQlPerPoll} SuiteQL calls`,
    `  reference refreshes    ${figures.idle.referenceRefreshesPerHour}`,
    '',
    'Save → state shown on the NetSuite record (simulated seconds), clean day',
    ...latencyLines(clean.figures),
    'The same with faults (a save caught in the 429 storm waits out its retries)',
    ...latencyLines(figures),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (size === 'full') writeFileSync(path.join(ROOT, 'bench', 'results', 'steady-state.txt'), `${lines.join('\n')}\n`);
} finally {
  rmSync(distDir, { recursive: true, force: true });
}
