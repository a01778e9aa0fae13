// SuiteScriptError as N/error creates it: a name (the error code), a message, and a JSON form, which
// is what `String(error)` shows inside NetSuite.

let sequence = 0;

export class SuiteScriptError extends Error {
  readonly type = 'error.SuiteScriptError';
  readonly id: string;
  readonly notifyOff: boolean;

  constructor(name: string, message: string, options: { notifyOff?: boolean; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = name;
    this.id = `sim-${(sequence += 1)}`;
    this.notifyOff = options.notifyOff ?? false;
  }

  toJSON(): Record<string, unknown> {
    return { type: this.type, name: this.name, message: this.message, id: this.id, notifyOff: this.notifyOff };
  }

  override toString(): string {
    return JSON.stringify(this.toJSON());
  }
}

export function suiteScriptError(name: string, message: string): SuiteScriptError {
  return new SuiteScriptError(name, message);
}
