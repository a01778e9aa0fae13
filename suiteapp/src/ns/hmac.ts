// HMAC-SHA256 keyed with an API secret. The script never sees the secret's value: N/crypto
// resolves it by id, and only if the secret is available to this SuiteApp's scripts.
import * as crypto from 'N/crypto';
import * as encode from 'N/encode';

export function createSecretHmac(secretId: string): (input: string) => string {
  return (input) => {
    const key = crypto.createSecretKey({ secret: secretId, encoding: encode.Encoding.UTF_8 });
    const hmac = crypto.createHmac({ algorithm: crypto.HashAlg.SHA256, key });
    hmac.update({ input, inputEncoding: encode.Encoding.UTF_8 });
    return hmac.digest({ outputEncoding: encode.Encoding.HEX }).toLowerCase();
  };
}
