// Assembles suiteapp/dist as a complete SDF project: compiles the TypeScript to SuiteScript 2.1 AMD,
// copies manifest.xml, deploy.xml and Objects/, and refuses entry points that lost their JSDoc header.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkEntryHeaders } from './entry-headers';

const suiteappDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rootDir = path.dirname(suiteappDir);
// `--out DIR` assembles elsewhere (tests build their own copy, so nobody empties a dist others read).
const outFlag = process.argv.indexOf('--out');
const distDir = outFlag === -1 ? path.join(suiteappDir, 'dist') : path.resolve(process.argv[outFlag + 1] ?? '');
const appDir = path.join(distDir, 'FileCabinet', 'SuiteApps', 'com.mlconnector.procurify');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

rmSync(distDir, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [
    tsc,
    '-p',
    path.join(suiteappDir, 'tsconfig.json'),
    '--outDir',
    path.join(distDir, 'FileCabinet', 'SuiteApps', 'com.mlconnector.procurify'),
  ],
  { stdio: 'inherit' },
);
cpSync(path.join(rootDir, 'manifest.xml'), path.join(distDir, 'manifest.xml'));
cpSync(path.join(suiteappDir, 'deploy.xml'), path.join(distDir, 'deploy.xml'));
cpSync(path.join(suiteappDir, 'suitecloud.config.js'), path.join(distDir, 'suitecloud.config.js'));
// The root package is ESM; the SuiteCloud CLI require()s its config, so dist/ is CommonJS.
writeFileSync(path.join(distDir, 'package.json'), '{ "type": "commonjs" }\n');
mkdirSync(path.join(distDir, 'Objects'), { recursive: true });
if (existsSync(path.join(suiteappDir, 'Objects'))) {
  cpSync(path.join(suiteappDir, 'Objects'), path.join(distDir, 'Objects'), { recursive: true });
}

const problems = checkEntryHeaders(path.join(appDir, 'entry'));
if (problems.length > 0) {
  process.stderr.write(`SuiteApp build failed:\n${problems.map((problem) => `  - ${problem}`).join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(`SuiteApp assembled in ${path.relative(rootDir, distDir)}\n`);
