// The CLI's exit codes (sysexits-style where one fits) and the error that carries one. A CliError
// is a user's problem, printed in plain words without a stack trace; anything else is a bug.

export const EXIT = {
  ok: 0,
  /**
   * A problem was found: a failed record (records), a difference (reconcile), a predicted failure
   * (replay --dry-run), a broken check (doctor, audit verify); or a request failed.
   */
  failure: 1,
  /** The command line is wrong: unknown command or option, missing argument. */
  usage: 2,
  /** The configuration is wrong or missing (EX_CONFIG). */
  config: 78,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.failure,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const usageError = (message: string) => new CliError(message, EXIT.usage);
export const configError = (message: string) => new CliError(message, EXIT.config);
