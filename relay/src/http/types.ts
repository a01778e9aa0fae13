import type { Logger } from '../log/logger';

/** What every request handler can read from the context. */
export interface AppEnv {
  Variables: {
    requestId: string;
    logger: Logger;
  };
}
