// Reads a script's relay parameters through N/runtime and checks them.
import * as runtime from 'N/runtime';
import { parseRelaySettings, type RelaySettings } from '../lib/settings';

export interface ParameterNames {
  relayUrl: string;
  secretId: string;
  mode?: string;
}

export function readRelaySettings(names: ParameterNames): RelaySettings {
  const script = runtime.getCurrentScript();
  const read = (name: string | undefined) => (name === undefined ? undefined : script.getParameter({ name }));
  return parseRelaySettings({ relayUrl: read(names.relayUrl), secretId: read(names.secretId), mode: read(names.mode) });
}

export function remainingUsage(): number {
  return runtime.getCurrentScript().getRemainingUsage();
}
