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
