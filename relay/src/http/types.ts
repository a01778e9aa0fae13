import type { Logger } from '../log/logger';
import type { AdminUser } from './admin-user';

/** What every request handler can read from the context. */
export interface AppEnv {
  Variables: {
    requestId: string;
    logger: Logger;
    /** The person behind an admin API request (set by requireAdminToken). */
    user?: AdminUser;
  };
}
