import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The repository stands on its own: no file points at design notes kept outside it, and every
// citation of our own docs (`docs/architecture.md "Record states"`, a link `[… "Heading"](file.md)`)
// names a file and a heading that exist. See docs/reference/README.md for the citation form.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SELF = path.relative(ROOT, fileURLToPath(import.meta.url));
const BINARY = /\.(png|jpe?g|gif|ico|webp|pdf|woff2?|db|sqlite|zip|gz)$/i;

/** Tracked files and new files git does not ignore (so build output and node_modules stay out). */
function repositoryFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return listed
    .split('\0')
    .filter((file) => file !== '' && file !== SELF && !BINARY.test(file))
    .filter((file) => existsSync(path.join(ROOT, file)) && statSync(path.join(ROOT, file)).isFile());
}

const files = repositoryFiles().map((file) => ({ file, text: readFileSync(path.join(ROOT, file), 'utf8') }));

/** The headings of a markdown file, as cited: backticks dropped, and also without a trailing "(…)". */
const headingCache = new Map<string, Set<string>>();
function headingsOf(file: string): Set<string> {
  let headings = headingCache.get(file);
  if (!headings) {
    const markdown = readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```/gm, '');
    headings = new Set<string>();
    for (const [, raw] of markdown.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
      const text = raw!.replace(/`/g, '').trim();
      headings.add(text);
      headings.add(text.replace(/\s*\([^()]*\)$/, ''));
    }
    headingCache.set(file, headings);
  }
  return headings;
}

interface Citation {
  from: string;
  target: string;
  heading?: string;
}

function citations(): Citation[] {
  const found: Citation[] = [];
  for (const { file, text } of files) {
    // `docs/….md` anywhere (comments, strings, prose), with an optional `"Heading"` after it.
    for (const match of text.matchAll(/(?<![\w.-])docs\/[\w./-]+?\.md(?:,?\s*\(?"([^"\n]+)")?/g)) {
      const target = match[0].match(/docs\/[\w./-]+?\.md/)![0];
      found.push({ from: file, target: path.join(ROOT, target), heading: match[1] });
    }
    // Markdown links whose text cites a heading: [reference/x.md "Heading"](reference/x.md).
    if (file.endsWith('.md')) {
      for (const match of text.matchAll(/\[[^\]\n]*?\.md "([^"\n]+)"\]\(([^)#\s]+)\)/g)) {
        found.push({ from: file, target: path.resolve(ROOT, path.dirname(file), match[2]!), heading: match[1] });
      }
    }
  }
  return found;
}

describe('the repository stands on its own', () => {
  it('never cites design notes kept outside it', () => {
    const outside = new RegExp(['DESIGN', 'STYLE'].map((name) => `\\b${name}\\.md\\b`).join('|') + '|\\.\\./shared\\b');
    const numbered = /\b(procurify|netsuite)-api\.md §/;
    const offenders = files
      .filter(({ text }) => outside.test(text) || numbered.test(text))
      .map(({ file, text }) => `${file}: ${(text.match(outside) ?? text.match(numbered))![0]}`);
    expect(offenders).toEqual([]);
  });

  it('cites only docs files and headings that exist', () => {
    const all = citations();
    expect(all.length).toBeGreaterThan(40);
    const broken = all
      .filter(
        ({ target, heading }) => !existsSync(target) || (heading !== undefined && !headingsOf(target).has(heading)),
      )
      .map(({ from, target, heading }) => `${from} → ${path.relative(ROOT, target)}${heading ? ` "${heading}"` : ''}`);
    expect(broken).toEqual([]);
  });
});
