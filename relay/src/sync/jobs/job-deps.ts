import type { ProcurifyClient } from '../../procurify';
import type { Database } from '../../store/database';
import type { ReferenceCache } from '../reference-cache';

/** What every sync job needs: the database, the Procurify connection, the mapping context and the settings. */
export interface JobDeps {
  database: Database;
  procurify: ProcurifyClient;
  references: ReferenceCache;
  settings: {
    /** NetSuite account id as runtime.accountId gives it. */
    accountId: string;
    vendorType: 3 | 4;
    billWrite: 'v2-draft' | 'off';
    billSubmit: boolean;
  };
}
