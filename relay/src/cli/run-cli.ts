import { parseCommandArgs } from './command';
import { loadCommand, type CommandEntry } from './command-entry';
import { COMMANDS } from './commands';
import { print, type CliContext } from './context';
import { CliError, EXIT } from './errors';
import { describeDatabaseError } from '../store/database-error';

const GLOBAL_HELP = (commands: readonly CommandEntry[]) =>
  [
    'mlc: the ml-connector relay and its tools (NetSuite → Procurify)',
    '',
    'Usage: mlc <command> [options]',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(20)}${command.summary}`),
    '',
    'Run `mlc <command> --help` for a command’s options.',
    'Settings come from the environment, then ./.env (see .env.example).',
    'Exit codes: 0 ok; 1 a problem found (a failed record, a reconciliation difference, a predicted',
    'failure, a broken check) or a request failed; 2 usage error; 78 configuration error.',
  ].join('\n');

/** Finds the command (one or two words), runs it, and turns user errors into a message and an exit code. */
export async function runCli(argv: string[], context: CliContext): Promise<number> {
  const [first, second] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    print(context, GLOBAL_HELP(COMMANDS));
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  const entry =
    COMMANDS.find((each) => each.name === `${first} ${second}`) ?? COMMANDS.find((each) => each.name === first);
  if (!entry) {
    const group = COMMANDS.filter((each) => each.name.startsWith(`${first} `));
    context.stderr.write(
      group.length > 0
        ? `mlc ${first} needs a subcommand: ${group.map((each) => each.name.split(' ')[1]).join(', ')}.\n`
        : `Unknown command "${first}". Run \`mlc --help\` for the list.\n`,
    );
    return EXIT.usage;
  }
  const rest = argv.slice(entry.name.split(' ').length);
  try {
    const command = await loadCommand(entry);
    const args = parseCommandArgs(command, rest);
    if (args === 'help') {
      print(context, `${command.summary}\n\n${command.help}`);
      return EXIT.ok;
    }
    return await command.run(args, context);
  } catch (error) {
    if (error instanceof CliError) {
      context.stderr.write(`mlc ${entry.name}: ${error.message}\n`);
      return error.exitCode;
    }
    // A bug, not a user error: say so in one line (never a query's parameters); the stack only when asked for.
    const message = describeDatabaseError(error);
    context.stderr.write(`mlc ${entry.name} failed unexpectedly: ${message}\n`);
    if (context.env.MLC_DEBUG && error instanceof Error) context.stderr.write(`${error.stack}\n`);
    return EXIT.failure;
  }
}
