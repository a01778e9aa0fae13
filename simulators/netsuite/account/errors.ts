/** A load, update or delete of a record the account does not hold. */
export class NotFoundError extends Error {
  constructor(
    readonly recordType: string,
    readonly recordId: string,
  ) {
    super(`no ${recordType} with internal id ${recordId}`);
    this.name = 'NotFoundError';
  }
}
