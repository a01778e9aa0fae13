/** Not a failure: the record must wait for another one (its vendor) and is tried again shortly. */
export class RetryLaterError extends Error {
  constructor(
    message: string,
    readonly delayMs: number,
  ) {
    super(message);
    this.name = 'RetryLaterError';
  }
}

/** Another worker took the record over (this one's lease ran out): this run stops and changes nothing more. */
export class LeaseLostError extends Error {
  constructor(key: { recordType: string; recordId: string }) {
    super(`The lease on ${key.recordType} ${key.recordId} was lost; another worker has it.`);
    this.name = 'LeaseLostError';
  }
}
