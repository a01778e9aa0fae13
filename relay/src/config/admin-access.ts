import { ConfigError } from './config-error';
import { dataDirOf } from './data-dir';
import { Secret } from './secret';
import { wholeNumberIn } from './whole-number';

// What an admin command needs to reach a relay: its address, its data directory (where a
// development relay keeps the token it generated) and the admin token. Read without the full
// settings schema, so `mlc records` and the other admin commands start without loading zod; the
// rules are the schema's own (schema.ts uses the same ones).

export const DEFAULT_PORT = 8787;
/** The shortest admin token, event secret or previous event secret the relay accepts. */
export const MIN_SECRET_CHARS = 16;

export interface AdminAccess {
  readonly host: string | undefined;
  readonly port: number;
  readonly dataDir: string;
  readonly adminToken: Secret | undefined;
}

export function readAdminAccess(source: Record<string, string | undefined>): AdminAccess {
  const problems: string[] = [];
  const port = wholeNumberIn(text(source.MLC_PORT), DEFAULT_PORT, 0, 65535);
  if (port === undefined) problems.push('MLC_PORT: must be a whole number from 0 to 65535');
  const token = text(source.MLC_ADMIN_TOKEN);
  if (token !== undefined && token.length < MIN_SECRET_CHARS) {
    problems.push(`MLC_ADMIN_TOKEN: must be at least ${MIN_SECRET_CHARS} characters`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    host: text(source.MLC_HOST),
    port: port!,
    dataDir: dataDirOf(source),
    adminToken: token === undefined ? undefined : new Secret(token),
  };
}

/** As the schema reads text: trimmed, and blank is not given. */
function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
