import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { setEnvValue } from '../../../../relay/src/cli/env-file';
import { CliError } from '../../../../relay/src/cli/errors';
import { createAnswers } from '../../../../relay/src/cli/setup/answers';
import { relayUrlProblem } from '../../../../relay/src/cli/setup/relay-address';
import { tempDir } from '../../../helpers/temp-dir';

// How `mlc setup` takes its answers from a script: flags first, then one line each from standard
// input; an empty line keeps the default; a wrong or missing answer stops it, naming the question.

function scripted(stdin: string, flags: Record<string, string> = {}) {
  let output = '';
  const context = {
    stdout: { write: (text: string) => (output += text) },
    stderr: { write: () => true },
    stdin: Readable.from([stdin]),
    env: {},
    cwd: '/',
    stopSignal: new Promise<NodeJS.Signals>(() => {}),
  };
  const answers = createAnswers(context, flags);
  return { answers, output: () => output };
}

describe('setup answers', () => {
  it('takes a flag first, then lines in order, and the default for an empty line', async () => {
    const { answers, output } = scripted('first\n\n', { 'account-id': '1234567' });
    expect(await answers.ask({ flag: 'account-id', prompt: 'Account' })).toBe('1234567');
    expect(await answers.ask({ prompt: 'Client ID' })).toBe('first');
    expect(await answers.ask({ prompt: 'Secret', secret: true, defaultValue: 'stored-secret' })).toBe('stored-secret');
    answers.close();
    expect(output()).toContain('Account: 1234567');
    expect(output()).toContain('Secret [Enter keeps it]: ');
    expect(output()).not.toContain('stored-secret');
  });

  it('stops a script at a wrong answer, and at a question left without an answer, naming its flag', async () => {
    const wrong = scripted('http://relay.example.com/prefix\n');
    await expect(wrong.answers.ask({ prompt: 'Relay address', problem: relayUrlProblem })).rejects.toThrow(
      /"Relay address" must be https:\/\//,
    );
    const flagged = scripted('', { 'relay-url': 'relay.example.com' });
    await expect(flagged.answers.ask({ flag: 'relay-url', prompt: 'Relay', problem: relayUrlProblem })).rejects.toThrow(
      '--relay-url must be an address such as https://relay.example.com',
    );
    const none = scripted('');
    const missing = none.answers.ask({ flag: 'certificate-id', prompt: 'Certificate ID' });
    await expect(missing).rejects.toBeInstanceOf(CliError);
    await expect(missing).rejects.toThrow(
      'no answer to "Certificate ID": give --certificate-id or a line on standard input',
    );
  });
});

describe('relayUrlProblem', () => {
  it.each([
    ['https://relay.example.com', undefined],
    ['https://relay.example.com/', undefined],
    ['http://127.0.0.1:8080', undefined],
    ['http://relay.example.com', /must be https/],
    ['https://example.com/mlc', /without a path/],
    ['relay.example.com', /such as https/],
  ])('%s', (answer, problem) => {
    const found = relayUrlProblem(answer);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toMatch(problem);
  });
});

describe('setEnvValue', () => {
  it('replaces the setting’s line in place, or appends it, and keeps the file owner-only', () => {
    const file = path.join(tempDir('mlc-env-'), '.env');
    writeFileSync(file, '# comment\nNETSUITE_BASE_CURRENCY=\nOTHER=1', { mode: 0o600 });
    setEnvValue(file, 'NETSUITE_BASE_CURRENCY', 'CAD');
    setEnvValue(file, 'MLC_HOST', '127.0.0.1');
    expect(readFileSync(file, 'utf8')).toBe('# comment\nNETSUITE_BASE_CURRENCY=CAD\nOTHER=1\nMLC_HOST=127.0.0.1\n');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(() => setEnvValue(file, 'X', 'two\nlines')).toThrow();
  });
});
