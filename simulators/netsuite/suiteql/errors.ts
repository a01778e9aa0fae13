/** Any SuiteQL the simulator cannot run: NetSuite answers 400 INVALID_PARAMETER "Invalid search query". */
export class SuiteQlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SuiteQlError';
  }
}
