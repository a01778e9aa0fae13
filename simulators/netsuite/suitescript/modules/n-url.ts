// N/url.resolveScript: the domain-relative Suitelet URL (or the external one when asked).
import type { Engine } from '../engine';

export const SUITELET_PATH = '/app/site/hosting/scriptlet.nl';

export function createUrlModule(engine: Engine) {
  return {
    resolveScript(options: {
      scriptId: string;
      deploymentId: string;
      params?: Record<string, string | number>;
      returnExternalUrl?: boolean;
    }): string {
      engine.deployment(options.scriptId, options.deploymentId);
      const query = new URLSearchParams({ script: options.scriptId, deploy: options.deploymentId });
      for (const [key, value] of Object.entries(options.params ?? {})) query.set(key, String(value));
      const path = `${SUITELET_PATH}?${query.toString()}`;
      if (!options.returnExternalUrl) return path;
      const host = engine.settings.accountId.toLowerCase().replace(/_/g, '-');
      return `https://${host}.extforms.netsuite.com${path}`;
    },
  };
}
