// N/crypto with API secrets (0 units): createSecretKey resolves a secret the script can never read,
// and only if the secret is available to the script's SuiteApp. HMAC digests equal Node's.
import { createHash, createHmac } from 'node:crypto';
import type { Engine } from '../engine';
import { SuiteScriptError } from '../script-error';
import { decode, encodeBytes, ENCODING } from './n-encode';

export const HASH_ALG = { SHA1: 'SHA1', SHA256: 'SHA256', SHA512: 'SHA512', MD5: 'MD5' } as const;

const NODE_ALG: Record<string, string> = { SHA1: 'sha1', SHA256: 'sha256', SHA512: 'sha512', MD5: 'md5' };

/** The secret's value, for N/crypto and SecureString placeholders only. */
export function resolveSecret(engine: Engine, secretId: string): string {
  const secret = engine.settings.secrets[secretId];
  // NetSuite documents no error code for this case; the name below is the simulator's choice.
  if (!secret) throw new SuiteScriptError('INVALID_SECRET_KEY', `No API secret ${secretId} in this account.`);
  const appId = engine.current().appId;
  if (secret.availableToSuiteApps && (appId === null || !secret.availableToSuiteApps.includes(appId))) {
    throw new SuiteScriptError(
      'INVALID_SECRET_KEY',
      `API secret ${secretId} is not available to ${appId ?? 'this script'}.`,
    );
  }
  return secret.value;
}

const secretKeys = new WeakMap<object, string>();

function algorithmOf(algorithm: string): string {
  const name = NODE_ALG[String(algorithm).toUpperCase()];
  if (!name) throw new SuiteScriptError('INVALID_HASH_ALGORITHM', `Unsupported algorithm: ${algorithm}`);
  return name;
}

function digester(update: (bytes: Buffer) => void, digest: () => Buffer) {
  return {
    update(options: { input: string; inputEncoding?: string }) {
      update(decode(options.input, options.inputEncoding ?? ENCODING.UTF_8));
    },
    digest(options: { outputEncoding?: string } = {}) {
      return encodeBytes(digest(), options.outputEncoding ?? ENCODING.HEX);
    },
  };
}

export function createCryptoModule(engine: Engine) {
  return {
    HashAlg: HASH_ALG,
    createSecretKey(options: { secret?: string; guid?: string; encoding?: string }) {
      const id = options.secret ?? options.guid;
      if (!id) throw new SuiteScriptError('SSS_MISSING_REQD_ARGUMENT', 'secret or guid is required');
      const key = Object.freeze({ guid: id, encoding: options.encoding ?? ENCODING.UTF_8 });
      secretKeys.set(key, resolveSecret(engine, id));
      return key;
    },
    createHmac(options: { algorithm: string; key: object }) {
      const secret = secretKeys.get(options.key);
      if (secret === undefined)
        throw new SuiteScriptError('INVALID_SECRET_KEY', 'key must come from crypto.createSecretKey');
      const hmac = createHmac(algorithmOf(options.algorithm), Buffer.from(secret, 'utf8'));
      return digester(
        (bytes) => hmac.update(bytes),
        () => hmac.digest(),
      );
    },
    createHash(options: { algorithm: string }) {
      const hash = createHash(algorithmOf(options.algorithm));
      return digester(
        (bytes) => hash.update(bytes),
        () => hash.digest(),
      );
    },
  };
}
