import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseEnv } from 'node:util';

// Reading and changing one setting in `.env`, keeping every other line and comment as it is.

export function readEnvFile(file: string): Record<string, string | undefined> {
  return existsSync(file) ? parseEnv(readFileSync(file, 'utf8')) : {};
}

/** Sets `name=value`: in place of the first `name=` line, else appended. The file keeps its mode. */
export function setEnvValue(file: string, name: string, value: string): void {
  if (!/^[A-Z][A-Z0-9_]*$/.test(name) || /[\r\n]/.test(value)) throw new Error(`cannot write ${name} into .env`);
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const line = new RegExp(`^${name}=.*$`, 'm');
  const next = line.test(text)
    ? text.replace(line, `${name}=${value}`)
    : `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${name}=${value}\n`;
  writeFileSync(file, next, { mode: 0o600 });
}
