import path from 'node:path';
import { runDemo } from '../../demo/run-demo';
import { stringOption, type Command } from '../command';
import { print } from '../context';
import { EXIT, usageError } from '../errors';
import { PACKAGE_ROOT } from '../paths';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'run both simulators, the relay and the SuiteApp with the three-plant scenario',
  help: `Usage: mlc demo [--port N] [--data-dir DIR]

  --port N          the relay's port (default 8787; 0 picks a free one)
  --data-dir DIR    the demo's data directory, wiped at start (default ./data/demo)

Starts the Procurify and NetSuite simulators seeded with the three-plant scenario, the relay on an
embedded database, and the compiled SuiteApp in the simulated account; saves the scenario's vendors
and bills through it, then prints the admin pages' URL and the admin token. Ctrl-C stops everything.`,
  options: { port: { type: 'string' }, 'data-dir': { type: 'string' } },
  async run(args, context) {
    const port = Number(stringOption(args, 'port') ?? '8787');
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw usageError('--port must be a whole number from 0 to 65535.');
    await runDemo({
      root: PACKAGE_ROOT,
      dataDir: path.resolve(context.cwd, stringOption(args, 'data-dir') ?? path.join('data', 'demo')),
      relayPort: port,
      procurifyPort: 0,
      netsuitePort: 0,
      say: (line) => print(context, line),
      stopSignal: context.stopSignal,
    });
    return EXIT.ok;
  },
};
