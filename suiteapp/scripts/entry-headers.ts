import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * NetSuite rejects a script file whose JSDoc header (before `define`) lacks `@NApiVersion 2.1`
 * or `@NScriptType`, and tsc silently drops that header when no blank line follows it.
 * Returns one problem per compiled entry point that lost it.
 */
export function checkEntryHeaders(entryDir: string): string[] {
  if (!existsSync(entryDir)) return [];
  return readdirSync(entryDir)
    .filter((file) => file.endsWith('.js'))
    .flatMap((file) => {
      const source = readFileSync(path.join(entryDir, file), 'utf8');
      const defineAt = source.indexOf('define(');
      const header = defineAt === -1 ? source : source.slice(0, defineAt);
      const missing = [];
      if (!/@NApiVersion\s+2\.1\b/.test(header)) missing.push('@NApiVersion 2.1');
      if (!/@NScriptType\s+\w+/.test(header)) missing.push('@NScriptType');
      return missing.length > 0 ? [`entry/${file} lacks ${missing.join(' and ')} before define()`] : [];
    });
}
