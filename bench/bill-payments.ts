// Procurify calls per paid bill: a payment run over bills already synced and approved in Procurify.
// Each paid bill costs the bill job's read of the bill, its share of one mark-as-paid call per
// worker batch, and the read-back that verifies it; the figure printed is what the simulator saw.
//
//   npx tsx bench/bill-payments.ts [bills]      (default 60)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLogger } from '../relay/src/log/logger';
import { startLocalStack } from '../test/helpers/local-stack';
import { SCENARIO_CASES } from '../simulators/scenario/three-plants';
import type { TransactionSnapshot } from '../suiteapp/src/lib/snapshot-types';
import { billSnapshot, envelope, vendorSnapshot } from '../test/helpers/snapshots';

const BILLS = Number(process.argv[2] ?? 60);
const MARK_PAID = '/api/v3/ap/bills/mark-as-paid/';
const template = billSnapshot(SCENARIO_CASES.billTwoLines);

function bill(n: number): TransactionSnapshot {
  return {
    ...template,
    id: String(20_000 + n),
    tranId: `BENCH-PAY-${n}`,
    amountRemaining: template.total,
    payments: [],
  };
}

function paid(snapshot: TransactionSnapshot): TransactionSnapshot {
  return {
    ...snapshot,
    status: 'Paid In Full',
    amountRemaining: '0.00',
    payments: [{ id: '90001', tranId: 'PMT-WEEKLY', type: 'VendPymt', date: '2026-12-04', amount: snapshot.total }],
    lastModified: new Date(Date.parse(snapshot.lastModified) + 3_600_000).toISOString().replace('.000Z', 'Z'),
  };
}

async function until(done: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 600_000;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mlc-bench-payments-'));
  const stack = await startLocalStack({
    dataDir,
    logger: createLogger({ level: 'error' }),
    env: { PROCURIFY_RATE_LIMIT: '200' },
  });
  try {
    const bills = Array.from({ length: BILLS }, (_, index) => bill(index + 1));
    const count = async (status: string, contains = '') => {
      const { body } = await stack.admin<{ items: { recordId: string; message: string | null }[] }>(
        `/v1/records?recordType=vendorbill&status=${status}&limit=500`,
      );
      return body.items.filter((item) => Number(item.recordId) > 20_000 && (item.message ?? '').includes(contains))
        .length;
    };
    await stack.sendEvents([envelope('vendor', vendorSnapshot(template.entity.id))]);
    for (let start = 0; start < bills.length; start += 100) {
      await stack.sendEvents(bills.slice(start, start + 100).map((snapshot) => envelope('vendorbill', snapshot)));
    }
    await until(async () => (await count('synced')) === BILLS, 'bills synced');
    stack.procurify.control.approveBills();
    stack.procurify.control.clearRequests();

    const started = Date.now();
    for (let start = 0; start < bills.length; start += 100) {
      await stack.sendEvents(bills.slice(start, start + 100).map((snapshot) => envelope('vendorbill', paid(snapshot))));
    }
    await until(async () => (await count('synced', 'Marked paid')) === BILLS, 'bills marked paid');
    const seconds = (Date.now() - started) / 1000;

    const requests = stack.procurify.control.requests().filter((request) => request.path.startsWith('/api/'));
    const marks = requests.filter((request) => request.path === MARK_PAID);
    const paidInProcurify = stack.procurify.control.state().bills.filter((candidate) => candidate.status === 4);
    const lines = [
      `Payment run: ${BILLS} synced bills paid in full in NetSuite, approved in Procurify`,
      `  marked paid in Procurify: ${paidInProcurify.length} in ${seconds.toFixed(1)} s`,
      `  mark-as-paid calls: ${marks.length} (${(BILLS / Math.max(1, marks.length)).toFixed(1)} bills per call)`,
      `  Procurify calls per paid bill: ${(requests.length / BILLS).toFixed(2)} ` +
        `(reads ${(requests.filter((r) => r.method === 'GET').length / BILLS).toFixed(2)}, ` +
        `mark-as-paid ${(marks.length / BILLS).toFixed(2)})`,
    ];
    console.log(lines.join('\n'));
  } finally {
    await stack.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
