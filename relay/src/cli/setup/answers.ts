import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { print, type CliContext } from '../context';
import { CliError, EXIT, usageError } from '../errors';

// The answers `mlc setup` needs: a command-line flag when given, else the next line of standard
// input, so a script (or a test) can pipe every answer in and a person can type them. An empty
// line takes the default; a wrong answer is asked again at a terminal and stops a script. At a
// terminal a secret is not echoed.

export interface Question {
  /** The flag that answers it (without --); secrets have none: the process list would show them. */
  flag?: string;
  prompt: string;
  /** Shown in brackets and taken on an empty answer. */
  defaultValue?: string;
  /** Never echo the default; say that Enter keeps what is stored. */
  secret?: boolean;
  /** Why the answer will not do, or undefined when it will. */
  problem?: (answer: string) => string | undefined;
}

export interface Answers {
  ask(question: Question): Promise<string>;
  close(): void;
}

export function createAnswers(context: CliContext, flags: Record<string, string | undefined>): Answers {
  const interactive = context.stdin.isTTY === true;
  // At a terminal readline echoes what is typed through this stream, so a secret can go unshown.
  let muted = false;
  const echo = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      if (!muted) context.stdout.write(chunk.toString());
      done();
    },
  });
  const lines = createInterface({
    input: context.stdin,
    ...(interactive ? { output: echo, terminal: true } : { terminal: false }),
    crlfDelay: Infinity,
  });
  const iterator = lines[Symbol.asyncIterator]();
  // Ctrl-C: at a terminal readline catches it; elsewhere the CLI's stop signal. Either ends the input.
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    if (interactive) context.stdout.write('\n');
    lines.close();
  };
  lines.on('SIGINT', stop);
  void context.stopSignal.then(stop);

  async function nextLine(prompt: string, secret: boolean): Promise<string | undefined> {
    if (interactive) {
      lines.setPrompt(prompt);
      lines.prompt();
      muted = secret;
    } else context.stdout.write(prompt);
    const next = await iterator.next();
    muted = false;
    if (stopped) throw new CliError('stopped. Run `mlc setup` again to go on: what is done is kept.');
    if (!interactive || secret) context.stdout.write('\n');
    return next.done ? undefined : next.value.trim();
  }

  return {
    async ask(question) {
      const given = question.flag === undefined ? undefined : flags[question.flag];
      if (given !== undefined) {
        const problem = question.problem?.(given.trim());
        if (problem) throw usageError(`--${question.flag} ${problem}.`);
        print(context, `${question.prompt}: ${question.secret ? '(given)' : given.trim()}`);
        return given.trim();
      }
      const shown =
        question.defaultValue === undefined
          ? ''
          : question.secret
            ? ' [Enter keeps it]'
            : ` [${question.defaultValue}]`;
      for (;;) {
        const line = await nextLine(`${question.prompt}${shown}: `, question.secret === true);
        if (line === undefined && question.defaultValue === undefined) {
          const how = question.flag ? `--${question.flag} or ` : '';
          throw new CliError(`no answer to "${question.prompt}": give ${how}a line on standard input.`, EXIT.usage);
        }
        const answer = line || question.defaultValue || '';
        const problem = answer === '' ? 'is needed' : question.problem?.(answer);
        if (!problem) return answer;
        if (!interactive || line === undefined) throw usageError(`"${question.prompt}" ${problem}.`);
        print(context, `  That ${problem}; try again.`);
      }
    },
    close() {
      lines.close();
    },
  };
}
