import { inspect } from 'node:util';

/**
 * A value that must never be printed. Every way a value can leak into a log line or a
 * JSON body (string conversion, JSON, util.inspect) prints `[redacted]`; `reveal()` is the
 * single, greppable place where the real value is read.
 */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return '[redacted]';
  }

  toJSON(): string {
    return '[redacted]';
  }

  [inspect.custom](): string {
    return '[redacted]';
  }
}
