import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEntryHeaders } from '../../suiteapp/scripts/entry-headers';
import { tempDir } from '../helpers/temp-dir';

function entryDirWith(files: Record<string, string>): string {
  const dir = path.join(tempDir(), 'entry');
  mkdirSync(dir);
  for (const [name, source] of Object.entries(files)) writeFileSync(path.join(dir, name), source);
  return dir;
}

describe('checkEntryHeaders', () => {
  it('accepts an entry point whose header comes before define()', () => {
    const dir = entryDirWith({
      'mlc_ue.js':
        '/**\n * @NApiVersion 2.1\n * @NScriptType UserEventScript\n */\ndefine(["require"], function () {});\n',
    });
    expect(checkEntryHeaders(dir)).toEqual([]);
  });

  it('names each entry point that lost its header, and what it lacks', () => {
    const dir = entryDirWith({
      'no_header.js': 'define(["require"], function () {});\n',
      'old_api.js': '/**\n * @NApiVersion 2.x\n * @NScriptType Suitelet\n */\ndefine([], function () {});\n',
      'late_header.js': 'define([], function () {});\n/** @NApiVersion 2.1 @NScriptType Suitelet */\n',
    });
    expect(checkEntryHeaders(dir).sort()).toEqual([
      'entry/late_header.js lacks @NApiVersion 2.1 and @NScriptType before define()',
      'entry/no_header.js lacks @NApiVersion 2.1 and @NScriptType before define()',
      'entry/old_api.js lacks @NApiVersion 2.1 before define()',
    ]);
  });
});
