// Custom records (the outbox, the sync state) live in the account itself (`store.customRecords`,
// account/custom-record-store.ts), so the REST simulator serves them even without this runtime.
// Scripts reach them through N/record and N/query; this module keeps the runtime's old entry point.
import type { AccountStore } from '../account/store';

export { CustomRecordStore, type CustomRecord } from '../account/custom-record-store';

/** The custom records of an account, shared by everyone holding the store. */
export function customRecordsOf(store: AccountStore) {
  return store.customRecords;
}
