import { describe, expect, it } from 'vitest';
import { loadCommand } from '../../../relay/src/cli/command-entry';
import { COMMANDS } from '../../../relay/src/cli/commands';
import { foundDifference } from '../../../relay/src/cli/commands/reconcile';
import { recordRow, whatToDo } from '../../../relay/src/cli/record-rows';
import { table } from '../../../relay/src/cli/table';
import type { ReconciliationReport } from '../../../relay/src/reconcile';

describe('the command list', () => {
  it('names and sums up each command as its own module does, so `mlc --help` can list them unloaded', async () => {
    for (const entry of COMMANDS) {
      const command = await loadCommand(entry);
      expect({ name: command.name, summary: command.summary }, entry.name).toEqual({
        name: entry.name,
        summary: entry.summary,
      });
    }
    expect(new Set(COMMANDS.map((entry) => entry.name)).size).toBe(COMMANDS.length);
  });
});

describe('the records table', () => {
  const waiting = {
    recordType: 'vendorbill',
    recordId: '1002',
    vendor: 'Aerotech Tooling',
    invoice: 'AER-5521',
    status: 'needs_mapping',
    procurifyId: null,
    message: 'Line 1: GL account 5300 Tooling & Dies has no account code. Add it in Procurify, or map it by hand.',
  };

  it('tells what to do for a record waiting on a person, then how to send it again', () => {
    expect(whatToDo(waiting)).toBe(`${waiting.message} Then: mlc replay vendorbill 1002`);
    expect(whatToDo({ ...waiting, status: 'failed', message: null })).toBe(
      'See `mlc records vendorbill 1002`. Then: mlc replay vendorbill 1002',
    );
    expect(whatToDo({ ...waiting, status: 'synced', procurifyId: '17', message: 'Created in Procurify.' })).toBe(
      'nothing: Created in Procurify.',
    );
    expect(whatToDo({ ...waiting, status: 'pending', message: null })).toBe('nothing (waiting to be sent)');
  });

  it('cuts long cells to keep the columns aligned, but never the last one, where the action is', () => {
    const long = { ...waiting, vendor: 'A vendor name far longer than the column allows' };
    const lines = table(['TYPE', 'ID', 'VENDOR', 'INVOICE', 'STATE', 'WHAT TO DO'], [recordRow(long)], 20).split('\n');
    expect(lines[1]).toMatch(/^vendorbill {2}1002 {2}A vendor name far l… {2}AER-5521 {2}needs_mapping {2}Line 1: /);
    expect(lines[1]).toMatch(/or map it by hand\. Then: mlc replay vendorbill 1002$/);
  });
});

describe('a reconciliation difference', () => {
  const report = (counts: Partial<ReconciliationReport['counts']>, vendors = 0, paymentDrift = 0) =>
    ({
      counts: { matched: 3, amount_differs: 0, only_netsuite: 0, only_procurify: 0, ...counts },
      vendors: Array.from({ length: vendors }, () => ({ issue: 'missing' })),
      paymentDrift: Array.from({ length: paymentDrift }, () => ({ message: 'Paid in NetSuite only.' })),
    }) as unknown as ReconciliationReport;

  it.each([
    ['everything matches', report({}), false],
    ['an amount differs', report({ amount_differs: 1 }), true],
    ['a bill only in NetSuite', report({ only_netsuite: 1 }), true],
    ['a bill only in Procurify', report({ only_procurify: 2 }), true],
    ['a vendor missing in Procurify', report({}, 1), true],
    ['a bill paid in one system only', report({}, 0, 1), true],
  ])('%s', (_label, given, expected) => {
    expect(foundDifference(given)).toBe(expected);
  });
});
