// Script parameters, checked once per run so a misconfiguration names itself in the log.

export type DeliveryMode = 'outbox' | 'direct';

export interface RelaySettings {
  relayUrl: string;
  secretId: string;
  mode: DeliveryMode;
}

export interface RawRelaySettings {
  relayUrl: unknown;
  secretId: unknown;
  mode?: unknown;
}

export class SettingsError extends Error {
  override name = 'SettingsError';
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

export function parseRelaySettings(raw: RawRelaySettings): RelaySettings {
  const problems: string[] = [];
  const relayUrl = text(raw.relayUrl).replace(/\/+$/, '');
  // NetSuite's N/https only calls https:// endpoints with a publicly trusted certificate.
  if (!/^https:\/\/[^/?#\s]+/i.test(relayUrl)) problems.push(`relay URL must start with https:// (got "${relayUrl}")`);
  const secretId = text(raw.secretId);
  if (!/^custsecret[a-z0-9_]{1,89}$/.test(secretId)) {
    problems.push(`API secret id must look like custsecret_mlc_event_secret (got "${secretId}")`);
  }
  const mode = text(raw.mode) || 'outbox';
  if (mode !== 'outbox' && mode !== 'direct') problems.push(`mode must be "outbox" or "direct" (got "${mode}")`);
  if (problems.length > 0) throw new SettingsError(`ml-connector script parameters: ${problems.join('; ')}`);
  return { relayUrl, secretId, mode: mode as DeliveryMode };
}
