import { ESLint } from 'eslint';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const eslint = new ESLint({ cwd: ROOT });

async function ruleIdsFor(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('the import boundaries of eslint.config.js', () => {
  it.each([
    ['relay/src/sync/vendor-job.ts', 'export const port = process.env.MLC_PORT;\n', 'no-restricted-syntax'],
    [
      'relay/src/http/routes/records.ts',
      "import { createClient } from '@libsql/client';\nexport { createClient };\n",
      'no-restricted-imports',
    ],
    ['relay/src/sync/worker.ts', "import { eq } from 'drizzle-orm';\nexport { eq };\n", 'no-restricted-imports'],
    [
      'relay/src/sync/worker.ts',
      "import { onError } from '../http/on-error';\nexport { onError };\n",
      'no-restricted-imports',
    ],
    [
      'simulators/procurify/state.ts',
      "import { loadConfig } from '../../relay/src/config';\nexport { loadConfig };\n",
      'no-restricted-imports',
    ],
    [
      'relay/src/cli/commands/records.ts',
      "import { threePlants } from '../../../../simulators/scenario/three-plants';\nexport { threePlants };\n",
      'no-restricted-imports',
    ],
    [
      'suiteapp/src/lib/snapshot.ts',
      "import * as record from 'N/record';\nexport { record };\n",
      'no-restricted-imports',
    ],
  ])('refuses in %s: %s', async (file, code, rule) => {
    expect(await ruleIdsFor(file, code)).toContain(rule);
  });

  it.each([
    ['relay/src/config/environment.ts', 'export const env = () => process.env;\n'],
    ['relay/src/store/records.ts', "import { eq } from 'drizzle-orm';\nexport { eq };\n"],
    [
      'relay/src/demo/run-demo.ts',
      "import { threePlants } from '../../../simulators/scenario/three-plants';\nexport { threePlants };\n",
    ],
    ['suiteapp/src/ns/records.ts', "import * as record from 'N/record';\nexport { record };\n"],
    ['suiteapp/src/entry/mlc_ue.ts', "import * as record from 'N/record';\nexport { record };\n"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await ruleIdsFor(file, code)).toEqual([]);
  });
});
