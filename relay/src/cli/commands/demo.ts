import path from 'node:path';
import { stringOption, type Command, type ParsedArgs } from '../command';
import { print, type CliContext } from '../context';
import { CliError, configError, EXIT, usageError } from '../errors';
import { listenProblem } from '../listen-problem';
import { PACKAGE_ROOT } from '../paths';

// The demo and the simulators behind it are loaded only when `mlc demo` runs: every other command,
// and a production install without the development dependencies, never loads them.

const DEMO_HOST = '127.0.0.1';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'run both simulators, the relay and the SuiteApp with the three-plant scenario',
  help: `Usage: mlc demo [--port N] [--data-dir DIR]

  --port N          the relay's port (default MLC_PORT, else 8787; 0 picks a free one)
  --data-dir DIR    the demo's data directory, wiped at start (default ./data/demo)

Starts the Procurify and NetSuite simulators seeded with the three-plant scenario, the relay on an
embedded database, and the compiled SuiteApp in the simulated account; saves the scenario's vendors
and bills through it, then prints the admin pages' URL, the admin token and the settings that point
the CLI at the demo's relay. Ctrl-C stops everything. Needs the development dependencies (npm install).`,
  options: { port: { type: 'string' }, 'data-dir': { type: 'string' } },
  async run(args, context) {
    const port = demoPort(args, context);
    const problem = port === 0 ? null : await listenProblem(DEMO_HOST, port);
    if (problem) throw portError(port, problem);
    const demo = await loadDemo();
    try {
      await demo.runDemo({
        root: PACKAGE_ROOT,
        dataDir: path.resolve(context.cwd, stringOption(args, 'data-dir') ?? path.join('data', 'demo')),
        relayPort: port,
        procurifyPort: 0,
        netsuitePort: 0,
        say: (line) => print(context, line),
        stopSignal: context.stopSignal,
      });
    } catch (error) {
      if (error instanceof demo.RelayPortBusyError) throw portError(port, 'EADDRINUSE');
      throw error;
    }
    return EXIT.ok;
  },
};

/** --port, else MLC_PORT (as `mlc serve` and the relay read it), else 8787. */
function demoPort(args: ParsedArgs, context: CliContext): number {
  const given = stringOption(args, 'port');
  const port = Number(given ?? (context.env.MLC_PORT || '8787'));
  if (Number.isInteger(port) && port >= 0 && port <= 65535) return port;
  if (given !== undefined) throw usageError('--port must be a whole number from 0 to 65535.');
  throw configError('MLC_PORT: must be a whole number from 0 to 65535.');
}

function portError(port: number, problem: string): CliError {
  if (problem !== 'EADDRINUSE') return new CliError(`cannot listen on ${DEMO_HOST}:${port} (${problem}).`);
  return new CliError(
    `port ${port} is already in use (another relay or demo?). Stop it, or choose another port: ` +
      '`MLC_PORT=8788 npm run demo` (or `mlc demo --port 8788`; 0 picks a free one).',
  );
}

async function loadDemo() {
  try {
    return await import('../../demo/run-demo');
  } catch (error) {
    // A production install (`npm install --omit=dev`) has the relay but not the simulators' packages.
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new CliError(
      `the demo needs the development dependencies (the simulators): run \`npm install\` without --omit=dev. (${(error as Error).message.split('\n')[0]})`,
    );
  }
}
