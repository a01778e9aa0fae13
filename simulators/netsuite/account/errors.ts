import { SuiteScriptError } from '../suitescript/script-error';

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

/** Which account rule refused a change. */
export type AccountRule = 'closed_period' | 'dependent_records' | 'duplicate_external_id';

/**
 * A save or delete the account refuses by its own rules (closed period, dependent records). It is a
 * SuiteScriptError, so scripts see it as NetSuite's error; REST answers it as a 400 USER_ERROR.
 */
export class RecordRuleError extends SuiteScriptError {
  constructor(
    readonly rule: AccountRule,
    code: string,
    message: string,
  ) {
    super(code, message);
  }
}
