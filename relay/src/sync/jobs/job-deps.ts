import type { ProcurifyClient } from '../../procurify';
import type { Database } from '../../store/database';
import type { PlanSettings } from '../plan/plan-types';
import type { ReferenceCache } from '../reference-cache';

/** What every sync job needs: the database, the Procurify connection, the mapping context and the settings. */
export interface JobDeps {
  database: Database;
  procurify: ProcurifyClient;
  references: ReferenceCache;
  settings: PlanSettings;
}
