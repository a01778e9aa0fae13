import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMappingCsv } from '../../../relay/src/cli/commands/mappings';
import { parseCsv, toCsv } from '../../../relay/src/cli/csv';
import { suiteAppIsStale } from '../../../relay/src/demo/suiteapp-build';
import { tempDir } from '../../helpers/temp-dir';

describe('CSV for mapping files', () => {
  it.each([
    [['plain', 'a,b', 'say "hi"', 'two\nlines']],
    [['', 'only the middle', '']],
    [['Tooling & Dies', '5300', 'R&D : Lab']],
  ])('reads back what it writes: %j', (row) => {
    expect(parseCsv(toCsv([row, row]))).toEqual([row, row]);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(toCsv([['=HYPERLINK("x")', '+1', '-2', '@SUM']])).toBe(`"'=HYPERLINK(""x"")",'+1,'-2,'@SUM\r\n`);
  });

  it('refuses an unterminated quote', () => {
    expect(() => parseCsv('kind,netsuite_id\n"accounts,1\n')).toThrow(/unterminated quoted field/);
  });

  it('reads mapping rows by name or id with their row numbers, an old id-only file too', () => {
    const rows = parseMappingCsv('\uFEFFKind,NetSuite_ID,Procurify_ID,note\naccounts,58,7,\n\ndepartments,11,,gone\n');
    expect(rows).toEqual([
      { row: 2, kind: 'accounts', netsuite: '', netsuiteId: '58', procurify: '', procurifyId: '7' },
      { row: 3, kind: 'departments', netsuite: '', netsuiteId: '11', procurify: '', procurifyId: '' },
    ]);
    const named = parseMappingCsv(
      toCsv([
        ['kind', 'netsuite', 'procurify'],
        ['accounts', '5300 Tooling & Dies', '-6400'],
      ]),
    );
    expect(named).toEqual([
      {
        row: 2,
        kind: 'accounts',
        netsuite: '5300 Tooling & Dies',
        netsuiteId: '',
        procurify: '-6400',
        procurifyId: '',
      },
    ]);
  });

  it.each([
    [
      'kind,netsuite_id,procurify_id\nthings,58,7\n',
      'row 2: kind must be one of accounts, departments, vendors; got "things".',
    ],
    ['kind,netsuite_id\naccounts,58\n', 'the CSV needs the header kind,netsuite,netsuite_id,procurify,procurify_id'],
  ])('names the row of a bad file: %j', (text, message) => {
    expect(() => parseMappingCsv(text)).toThrow(message);
  });
});

describe('the demo’s SuiteApp build check', () => {
  function project() {
    const root = tempDir('mlc-build-');
    mkdirSync(path.join(root, 'suiteapp', 'src', 'lib'), { recursive: true });
    writeFileSync(path.join(root, 'suiteapp', 'src', 'lib', 'a.ts'), 'export {};\n');
    writeFileSync(path.join(root, 'manifest.xml'), '<manifest/>\n');
    return root;
  }
  const age = (file: string, seconds: number) => {
    const at = new Date(Date.now() - seconds * 1000);
    utimesSync(file, at, at);
  };

  it('is stale without suiteapp/dist, fresh after a build, and stale again once a source changes', () => {
    const root = project();
    expect(suiteAppIsStale(root)).toBe(true);
    for (const file of ['suiteapp/src/lib/a.ts', 'suiteapp/src/lib', 'suiteapp/src', 'manifest.xml'])
      age(path.join(root, file), 60);
    mkdirSync(path.join(root, 'suiteapp', 'dist'), { recursive: true });
    writeFileSync(path.join(root, 'suiteapp', 'dist', 'manifest.xml'), '<manifest/>\n');
    age(path.join(root, 'suiteapp', 'dist', 'manifest.xml'), 30); // built after the sources, before the edit
    expect(suiteAppIsStale(root)).toBe(false);
    writeFileSync(path.join(root, 'suiteapp', 'src', 'lib', 'a.ts'), 'export const changed = 1;\n');
    expect(suiteAppIsStale(root)).toBe(true);
  });
});
