import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliContext } from './context';
import { usageError } from './errors';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  positionals: string[];
}

/** One `mlc` command: its help text, its options for node:util parseArgs, and what it does. */
export interface Command {
  /** As typed: `records`, `credentials set`. */
  name: string;
  summary: string;
  /** The usage line(s) and option list shown by `--help`. */
  help: string;
  options?: Options;
  /** How many positionals it takes (default none). */
  positionals?: { min: number; max: number; names: string };
  run(args: ParsedArgs, context: CliContext): Promise<number>;
}

/** Parses a command's arguments; every mistake is a usage error naming the command's help. */
export function parseCommandArgs(command: Command, argv: string[]): ParsedArgs | 'help' {
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]!.replace(/\. To specify.*$/, '') : '';
    throw usageError(`${reason}\nRun \`mlc ${command.name} --help\` for its options.`);
  }
  if (parsed.values.help) return 'help';
  const { min, max, names } = command.positionals ?? { min: 0, max: 0, names: '' };
  const count = parsed.positionals.length;
  if (count < min || count > max) {
    const expected = max === 0 ? 'no arguments' : names;
    throw usageError(
      `mlc ${command.name} takes ${expected}; got ${count === 0 ? 'none' : parsed.positionals.join(' ')}.\nRun \`mlc ${command.name} --help\` for its options.`,
    );
  }
  return parsed;
}

export const stringOption = (args: ParsedArgs, name: string): string | undefined => {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
};
