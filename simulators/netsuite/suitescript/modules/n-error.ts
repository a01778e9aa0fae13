// N/error: create({ name, message, notifyOff }) → SuiteScriptError.
import { SuiteScriptError } from '../script-error';

export function createErrorModule() {
  return {
    Type: {
      SSS_USAGE_LIMIT_EXCEEDED: 'SSS_USAGE_LIMIT_EXCEEDED',
      SSS_MISSING_REQD_ARGUMENT: 'SSS_MISSING_REQD_ARGUMENT',
    },
    SuiteScriptError,
    create: (options: { name: string; message: string; notifyOff?: boolean }) =>
      new SuiteScriptError(options.name, options.message, { notifyOff: options.notifyOff ?? false }),
  };
}
