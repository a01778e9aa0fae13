// Just enough of N/* for the compiled user event to run: records in a table, lookups from tables,
// a task queue that refuses a second submit, and logs that are kept for assertions.
import { createHmac } from 'node:crypto';
import { FakeRecord } from './fake-record';
import { DEMO_TABLES } from './table-lookups';

export function createFakeNetSuite(records: FakeRecord[]) {
  const logs: { level: string; title: string; details: unknown }[] = [];
  const outbox: FakeRecord[] = [];
  const loads: string[] = [];
  const tasks: string[] = [];
  const params: Record<string, string> = {
    custscript_mlc_ue_mode: 'outbox',
    custscript_mlc_ue_secret_id: 'custsecret_mlc_event_secret',
  };
  const logAt = (level: string) => (options: { title: string; details: unknown }) => logs.push({ level, ...options });
  const lookupTables: Record<string, (id: string) => Record<string, unknown>> = {
    account: (id) => ({ number: DEMO_TABLES.accounts[id]?.number ?? '', name: DEMO_TABLES.accounts[id]?.name }),
    currency: (id) => ({ symbol: DEMO_TABLES.currencies[id] }),
    item: (id) => ({
      expenseaccount: DEMO_TABLES.itemExpenseAccounts[id]
        ? [{ value: DEMO_TABLES.itemExpenseAccounts[id], text: '' }]
        : [],
    }),
    purchaseorder: (id) => ({ tranid: DEMO_TABLES.purchaseOrders[id] }),
  };
  const modules = {
    'N/log': { debug: logAt('debug'), audit: logAt('audit'), error: logAt('error'), emergency: logAt('emergency') },
    'N/record': {
      load({ type, id }: { type: string; id: string }) {
        loads.push(`${type}:${id}`);
        const found = records.find((record) => record.type === type && String(record.id) === String(id));
        if (!found) throw Object.assign(new Error(`That record does not exist.`), { name: 'RCRD_DSNT_EXIST' });
        return found;
      },
      create({ type }: { type: string }) {
        const created = Object.assign(new FakeRecord({}, {}, type, null), {
          save: () => {
            created.id = 1000 + outbox.length;
            outbox.push(created);
            return created.id;
          },
        });
        return created;
      },
      submitFields: () => undefined,
    },
    'N/search': {
      Type: { ACCOUNT: 'account', CURRENCY: 'currency', ITEM: 'item', PURCHASE_ORDER: 'purchaseorder' },
      lookupFields: ({ type, id }: { type: string; id: string }) => lookupTables[type]!(id),
    },
    'N/task': {
      TaskType: { MAP_REDUCE: 'MAP_REDUCE' },
      create: (options: { deploymentId: string }) => ({
        submit() {
          if (tasks.length > 0)
            throw Object.assign(new Error('already running'), { name: 'MAP_REDUCE_ALREADY_RUNNING' });
          tasks.push(options.deploymentId);
          return 'task-1';
        },
      }),
    },
    'N/runtime': {
      accountId: '1234567_SB1',
      // A OneWorld account with every optional feature on, as the sample records assume.
      isFeatureInEffect: () => true,
      getCurrentScript: () => ({
        getParameter: ({ name }: { name: string }) => params[name] ?? '',
        getRemainingUsage: () => 1000,
      }),
    },
    'N/https': { get: () => ({ code: 500, body: '' }), post: () => ({ code: 500, body: '' }) },
    'N/crypto': {
      HashAlg: { SHA256: 'SHA256' },
      createSecretKey: ({ secret }: { secret: string }) => ({ secret }),
      createHmac: ({ key }: { key: { secret: string } }) => {
        const hmac = createHmac('sha256', `value-of-${key.secret}`);
        return { update: ({ input }: { input: string }) => hmac.update(input), digest: () => hmac.digest('hex') };
      },
    },
    'N/encode': { Encoding: { UTF_8: 'UTF_8', HEX: 'HEX' } },
    'N/query': { runSuiteQL: () => ({ asMappedResults: () => [] }) },
    'N/format': { Type: { DATETIMETZ: 'datetimetz' }, format: ({ value }: { value: Date }) => value.toISOString() },
    'N/ui/serverWidget': { FieldType: { INLINEHTML: 'INLINEHTML' } },
  };
  return { modules, logs, outbox, loads, tasks, params };
}
