import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCommand } from '../../relay/src/cli/command-entry';
import { COMMANDS } from '../../relay/src/cli/commands';

// The administrator's guides, held to what the code offers: every `mlc` command and option they
// name exists, every link in the repository resolves, and the install guide stays within eight
// numbered steps, each with a check.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const GUIDES = ['docs/suiteapp-install.md', 'docs/production.md'];
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** Each `mlc …` invocation in code (spans and blocks), continuation lines joined. */
function mlcInvocations(markdown: string): string[] {
  const code = [
    ...[...markdown.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].map((match) => match[1]!),
    ...[...markdown.replace(/```[\s\S]*?```/g, '').matchAll(/`([^`\n]+)`/g)].map((match) => match[1]!),
  ].join('\n');
  return [...code.replace(/\\\n\s*/g, ' ').matchAll(/(?:^|npx )mlc ([^\n#|&;]+)/gm)]
    .map((match) => match[1]!.trim())
    .filter((invocation) => !NOT_COMMANDS.has(invocation));
}

/** Code spans that start with "mlc" without being a command: the SuiteApp's log message. */
const NOT_COMMANDS = new Set(['event not captured']);

const LOADED = await Promise.all(COMMANDS.map(loadCommand));

function commandFor(invocation: string) {
  const words = invocation.split(/\s+/);
  return [...LOADED]
    .sort((a, b) => b.name.length - a.name.length)
    .find((command) => words.slice(0, command.name.split(' ').length).join(' ') === command.name);
}

describe.each(GUIDES)('%s', (file) => {
  const markdown = read(file);

  it('names only mlc commands and options that exist', () => {
    const invocations = mlcInvocations(markdown);
    expect(invocations.length).toBeGreaterThan(0);
    for (const invocation of invocations) {
      const command = commandFor(invocation);
      expect(command, `mlc ${invocation}`).toBeDefined();
      const known = new Set(['help', ...Object.keys(command!.options ?? {})]);
      for (const [, flag] of invocation.matchAll(/(?:^|\s)--([a-z][a-z-]*)/g)) {
        expect(known.has(flag!), `--${flag} of mlc ${command!.name}`).toBe(true);
      }
    }
  });

  it('links only to files that exist in the repository, never outside it', () => {
    const links = [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
    for (const link of links.filter((target) => !/^(https?:|#)/.test(target))) {
      const target = path.resolve(path.dirname(path.join(ROOT, file)), link.split('#')[0]!);
      expect(target.startsWith(ROOT + path.sep), link).toBe(true);
      expect(existsSync(target), link).toBe(true);
    }
    expect(markdown).not.toMatch(/shared\/(DESIGN|STYLE|reference)/);
  });

  it('sends the administrator to the admin pages and the CLI, not to raw JSON endpoints', () => {
    expect(markdown).not.toMatch(/(GET|POST|PUT|DELETE) \/v1\//);
  });
});

describe('the install guide', () => {
  const markdown = read('docs/suiteapp-install.md');
  const steps = [...markdown.matchAll(/^## (\d+)\. (.+)$/gm)];

  it('has at most eight numbered steps, in order', () => {
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.length).toBeLessThanOrEqual(8);
    expect(steps.map((step) => Number(step[1]))).toEqual(steps.map((_, index) => index + 1));
  });

  it('ends every step with how to check that it worked', () => {
    const sections = markdown.split(/^## /m).filter((section) => /^\d+\. /.test(section));
    for (const section of sections) expect(section, section.split('\n')[0]).toContain('**Check:**');
  });

  it('installs through the guided setup and the company preferences, not by editing each deployment', () => {
    expect(markdown).toMatch(/npx mlc setup/);
    expect(markdown).toMatch(/Custom Preferences/);
    expect(markdown).not.toMatch(/open each deployment/);
  });

  it('names the prerequisites people miss', () => {
    expect(markdown).toMatch(/REST Web Services\*\*\s+scope/);
    expect(markdown).toMatch(/Java JDK/);
    expect(markdown).toMatch(/Create Application/);
    expect(markdown).toMatch(/TLS reverse proxy/);
    expect(markdown).toContain('(production.md)');
  });
});
