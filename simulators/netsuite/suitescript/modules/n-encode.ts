// N/encode: string conversions between UTF-8, hex and base64 (0 units).
import { SuiteScriptError } from '../script-error';

export const ENCODING = {
  UTF_8: 'UTF_8',
  BASE_16: 'BASE_16',
  HEX: 'HEX',
  BASE_64: 'BASE_64',
  BASE_64_URL_SAFE: 'BASE_64_URL_SAFE',
} as const;

const NODE_ENCODING: Record<string, BufferEncoding> = {
  UTF_8: 'utf8',
  BASE_16: 'hex',
  HEX: 'hex',
  BASE_64: 'base64',
  BASE_64_URL_SAFE: 'base64url',
};

function nodeEncoding(encoding: string): BufferEncoding {
  const name = NODE_ENCODING[encoding];
  if (!name) throw new SuiteScriptError('INVALID_ENCODING', `Unsupported encoding: ${encoding}`);
  return name;
}

export function decode(input: string, encoding: string): Buffer {
  return Buffer.from(String(input), nodeEncoding(encoding));
}

export function encodeBytes(bytes: Buffer, encoding: string): string {
  return bytes.toString(nodeEncoding(encoding));
}

export function createEncodeModule() {
  return {
    Encoding: ENCODING,
    convert(options: { string: string; inputEncoding: string; outputEncoding: string }): string {
      return encodeBytes(decode(options.string, options.inputEncoding), options.outputEncoding);
    },
  };
}
