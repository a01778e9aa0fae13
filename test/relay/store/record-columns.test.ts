import { describe, expect, it } from 'vitest';
import {
  decodedSnapshot,
  readableSnapshot,
  RecordColumnError,
  recordDetail,
  recordIssues,
  recordWriteProgress,
  transactionSnapshot,
  vendorSnapshot,
} from '../../../relay/src/store/record-columns';
import { billSnapshot, vendorSnapshot as scenarioVendor } from '../../helpers/snapshots';

const vendor = { recordType: 'vendor', recordId: '201', snapshot: JSON.stringify(scenarioVendor('201')) };
const bill = { recordType: 'vendorbill', recordId: '1001', snapshot: JSON.stringify(billSnapshot('1001')) };

/** The error `decode` throws, which must be a RecordColumnError. */
function columnError(decode: () => unknown): RecordColumnError {
  try {
    decode();
  } catch (error) {
    expect(error).toBeInstanceOf(RecordColumnError);
    return error as RecordColumnError;
  }
  throw new Error('expected the column to be refused');
}

describe('the snapshot column', () => {
  it('reads a vendor and a bill with the types their record types give them', () => {
    expect(decodedSnapshot(vendor)).toEqual({ recordType: 'vendor', snapshot: scenarioVendor('201') });
    expect(decodedSnapshot(bill)).toEqual({ recordType: 'vendorbill', snapshot: billSnapshot('1001') });
    expect(vendorSnapshot(vendor)?.entityId).toBe(scenarioVendor('201').entityId);
    expect(transactionSnapshot(bill)?.tranId).toBe(billSnapshot('1001').tranId);
  });

  it('reads a deleted record as null', () => {
    expect(decodedSnapshot({ ...bill, snapshot: null })).toBeNull();
    expect(transactionSnapshot({ ...bill, snapshot: null })).toBeNull();
  });

  it('names the record, the column and the field of a snapshot not in the shape the relay stores', () => {
    const broken = billSnapshot('1001');
    (broken as { entity: unknown }).entity = '201';
    const error = columnError(() => decodedSnapshot({ ...bill, snapshot: JSON.stringify(broken) }));
    expect(error.message).toMatch(
      /^sync_record vendorbill 1001: column snapshot is not as the relay writes it at entity: /,
    );
    expect(error).toMatchObject({ recordType: 'vendorbill', recordId: '1001', column: 'snapshot' });
  });

  it('reads a snapshot past the wire limits, as the poller may build one from a long NetSuite memo', () => {
    const long = { ...billSnapshot('1001'), memo: 'm'.repeat(5_000) };
    expect(transactionSnapshot({ ...bill, snapshot: JSON.stringify(long) })?.memo).toHaveLength(5_000);
  });

  it('names the record and column of text that is not JSON', () => {
    const error = columnError(() => decodedSnapshot({ ...vendor, snapshot: '{"id": "201",' }));
    expect(error.message).toBe('sync_record vendor 201: column snapshot is not JSON');
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  it('refuses a snapshot of the other kind than the caller handles, and a record type it has no shape for', () => {
    expect(columnError(() => vendorSnapshot(bill)).message).toMatch(/holds a transaction, not a vendor/);
    expect(columnError(() => transactionSnapshot(vendor)).message).toMatch(/holds a vendor, not a transaction/);
    expect(columnError(() => decodedSnapshot({ ...vendor, recordType: 'invoice' })).message).toMatch(
      /no known shape for record type invoice/,
    );
  });

  it('reads as null for display when unreadable, so one bad row does not take a page down', () => {
    expect(readableSnapshot({ ...vendor, snapshot: 'not json' })).toBeNull();
    expect(readableSnapshot(vendor)?.recordType).toBe('vendor');
  });
});

describe('the issues column', () => {
  it('keeps each issue with the details its code carries', () => {
    const issues = [
      { code: 'unmapped_gl_account', message: 'GL account 5300 …', line: 1, netsuiteAccount: { id: '7' } },
      { code: 'payment_status_drift', kind: 'awaiting_approval', procurifyStatus: 0 },
    ];
    expect(recordIssues({ ...bill, issues: JSON.stringify(issues) })).toEqual(issues);
    expect(recordIssues({ ...bill, issues: '[]' })).toEqual([]);
  });

  it('names the record and the field of an issue without a code', () => {
    const error = columnError(() => recordIssues({ ...bill, issues: '[{"message":"no code"}]' }));
    expect(error.message).toMatch(
      /^sync_record vendorbill 1001: column issues is not as the relay writes it at 0\.code: /,
    );
  });
});

describe('the detail column', () => {
  const line = { line: 1, glAccount: '5300 Tooling', accountCode: '5300', department: null, procurifyDepartment: null };

  it('reads the line mapping, and null when no detail was recorded', () => {
    expect(recordDetail({ ...bill, detail: JSON.stringify({ lines: [line] }) })).toEqual({ lines: [line] });
    expect(recordDetail({ ...bill, detail: null })).toBeNull();
  });

  it('reads a field a line leaves out as null, in the order the jobs write, so it serializes as stored', () => {
    const stored = JSON.stringify({ lines: [{ line: 2, glAccount: '6100 Software' }] });
    const detail = recordDetail({ ...bill, detail: stored });
    expect(JSON.stringify(detail?.lines)).toBe(
      JSON.stringify([
        { line: 2, glAccount: '6100 Software', accountCode: null, department: null, procurifyDepartment: null },
      ]),
    );
    expect(JSON.stringify(recordDetail({ ...bill, detail: JSON.stringify({ lines: [line] }) }))).toBe(
      JSON.stringify({ lines: [line] }),
    );
  });

  it('names the record and column of lines that are not a list', () => {
    const error = columnError(() => recordDetail({ ...bill, detail: '{"lines": "none"}' }));
    expect(error.message).toMatch(
      /^sync_record vendorbill 1001: column detail is not as the relay writes it at lines: /,
    );
  });
});

describe('the write progress column', () => {
  it('reads progress in today’s shape, and none or an older shape as undefined (the write starts afresh)', () => {
    const progress = { vendorId: 7, items: [], attached: [] };
    expect(recordWriteProgress({ ...bill, writeProgress: JSON.stringify(progress) })).toEqual(progress);
    expect(recordWriteProgress({ ...bill, writeProgress: null })).toBeUndefined();
    expect(recordWriteProgress({ ...bill, writeProgress: '{"vendor": 7}' })).toBeUndefined();
  });
});
