// The simulated N/* modules one runtime hands to the SuiteApp (only those it uses, docs/reference/netsuite-api.md "SuiteScript modules").
import type { Engine } from '../engine';
import type { TaskQueue } from '../task-queue';
import { createCryptoModule } from './n-crypto';
import { createEncodeModule } from './n-encode';
import { createErrorModule } from './n-error';
import { createFormatModule } from './n-format';
import { createHttpsModule, type SuiteletCaller } from './n-https';
import { createLogModule } from './n-log';
import { createQueryModule } from './n-query';
import { createRecordModule } from './n-record';
import { createRuntimeModule } from './n-runtime';
import { createSearchModule } from './n-search';
import { createServerWidgetModule } from './n-server-widget';
import { createTaskModule } from './n-task';
import { createUrlModule } from './n-url';

export function createNativeModules(
  engine: Engine,
  queue: TaskQueue,
  callSuitelet: SuiteletCaller,
): Record<string, unknown> {
  return {
    'N/record': createRecordModule(engine),
    'N/search': createSearchModule(engine),
    'N/query': createQueryModule(engine),
    'N/https': createHttpsModule(engine, callSuitelet),
    'N/crypto': createCryptoModule(engine),
    'N/encode': createEncodeModule(),
    'N/format': createFormatModule(engine),
    'N/runtime': createRuntimeModule(engine),
    'N/task': createTaskModule(engine, queue),
    'N/url': createUrlModule(engine),
    'N/ui/serverWidget': createServerWidgetModule(),
    'N/log': createLogModule(engine),
    'N/error': createErrorModule(),
  };
}
