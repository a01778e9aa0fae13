import type { TransactionSnapshot, VendorSnapshot } from '../../../../suiteapp/src/lib/snapshot-types';
import type { LineMapping } from '../../../../suiteapp/src/lib/sync-detail';
import { billNote, describeLine, formatCents, parseCents, sourceLines, sumCents } from '../../sync/mapping';
import { cleanText, countryName, splitEmails, vendorName } from '../../sync/mapping/vendor-fields';
import { readableSnapshot } from '../../store/record-columns';
import type { SyncRecordRow } from '../../store/records';
import { formatAmount } from './components';

// The values a record sends to Procurify, as people know them (names, numbers, account codes), read
// from the version the relay holds and the line mapping its last run recorded. The request bodies
// themselves are never kept (the audit holds method, path and answer only), so these are rebuilt
// the way the jobs build them (sync/mapping: map-vendor.ts, map-bill.ts), without credentials.

export interface SentField {
  label: string;
  value: string;
}

export interface SentLine {
  line: number;
  description: string;
  accountCode: string | null;
  department: string | null;
  amount: string;
}

export interface SentValues {
  fields: SentField[];
  lines: SentLine[];
  /** The NetSuite version these values come from (its last-modified time). */
  version: string | null;
}

export function sentValues(
  row: Pick<SyncRecordRow, 'recordType' | 'recordId' | 'snapshot'>,
  lines: readonly LineMapping[] = [],
): SentValues | null {
  // Unreadable (not in today's shape): nothing rather than a half-read record.
  const decoded = readableSnapshot(row);
  if (decoded === null) return null;
  return decoded.recordType === 'vendor' ? vendorValues(decoded.snapshot) : transactionValues(decoded.snapshot, lines);
}

function vendorValues(vendor: VendorSnapshot): SentValues {
  const address = vendor.address;
  const place = [cleanText(address?.city), cleanText(address?.state), cleanText(address?.zip)].filter(Boolean);
  const fields: (SentField | null)[] = [
    { label: 'Vendor name', value: vendorName(vendor) },
    { label: 'Status', value: vendor.isInactive ? 'inactive' : 'active' },
    { label: 'Email', value: splitEmails(vendor.email).valid.join(', ') },
    { label: 'Phone', value: cleanText(vendor.phone) ?? '' },
    { label: 'Currency', value: vendor.currency.code },
    { label: 'Payment terms', value: cleanText(vendor.terms?.name) ?? '' },
    {
      label: 'Address',
      value: [
        cleanText(address?.line1),
        cleanText(address?.line2),
        place.join(' '),
        countryName(address?.country ?? null),
      ]
        .filter(Boolean)
        .join(', '),
    },
  ];
  return {
    fields: fields.filter((field): field is SentField => !!field?.value),
    lines: [],
    version: vendor.lastModified,
  };
}

function transactionValues(snapshot: TransactionSnapshot, mapped: readonly LineMapping[]): SentValues {
  const currency = snapshot.currency.code;
  const sources = sourceLines(snapshot);
  // The recorded mapping lists the same lines in the same order (sync/line-detail.ts).
  const lines = sources.map((source, index) => {
    const mapping = mapped[index]?.line === source.line ? mapped[index] : undefined;
    return {
      line: source.line,
      description: describeLine(source),
      accountCode: mapping?.accountCode ?? null,
      department: mapping?.procurifyDepartment ?? null,
      amount: formatAmount(source.amount, currency),
    };
  });
  const total = formatCents(sumCents(sources.map((source) => parseCents(source.amount))));
  const invoice = snapshot.tranId.trim() || `NS-${snapshot.id}`;
  const fields: SentField[] = [
    { label: 'Vendor', value: snapshot.entity.name },
    { label: 'Invoice number', value: invoice },
    { label: 'Invoice date', value: snapshot.tranDate },
    { label: 'Due date', value: snapshot.dueDate ?? '' },
    { label: 'Currency', value: currency },
    { label: 'Total of the lines', value: formatAmount(total, currency) },
    { label: 'Payment terms', value: snapshot.terms?.name.trim() ?? '' },
    { label: 'Note', value: billNote(snapshot) },
  ];
  return { fields: fields.filter((field) => field.value), lines, version: snapshot.lastModified };
}
