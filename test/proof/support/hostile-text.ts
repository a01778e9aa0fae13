import type { TransactionSnapshot, VendorSnapshot } from '../../../suiteapp/src/lib/snapshot-types';

// Text that tries to be code: SQL, HTML/script injection and unicode that breaks naive rendering.
// The snapshot builders put one of them in every free-text field of a vendor or a bill.

export const HOSTILE_TEXTS = [
  "'; drop table sync_record; --",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'RTL \u202Egnp.exe\u202C override',
  'zero width 👩\u200D👩\u200D👧 joiners\u200B\u200C',
  'astral 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🦄 plane',
  'controls \u0001\u0007\u001b[31m\u007f\u0085 end',
  'combining Z\u0337\u0327\u031Ba\u0338\u034E\u0357l\u0334g\u0335o\u0336',
  `long ${'x'.repeat(3000)} end`,
] as const;

/** The escaping both HTML renderers must apply: these five characters, as entities. */
export function escaped(text: string): string {
  const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  return text.replace(/[&<>"']/g, (char) => entities[char]!);
}

export function hostileVendor(snapshot: VendorSnapshot, text: string): VendorSnapshot {
  const name = { companyName: `${text} ${snapshot.id}`, firstName: text, lastName: snapshot.id };
  // A person's Procurify name is "firstName lastName": the same text either way.
  return {
    ...snapshot,
    ...(snapshot.isPerson ? name : { companyName: name.companyName }),
    lastModified: later(snapshot.lastModified),
  };
}

/** Every text of the bill: invoice number, memo, line memos, GL account names, item names and descriptions. */
export function hostileBill(snapshot: TransactionSnapshot, text: string): TransactionSnapshot {
  return {
    ...snapshot,
    tranId: `${text} #${snapshot.id}`,
    memo: text,
    expenses: snapshot.expenses.map((line) => ({
      ...line,
      memo: text,
      account: { ...line.account, name: text },
    })),
    items: snapshot.items.map((line) => ({
      ...line,
      item: { ...line.item, name: text },
      description: text,
      account: line.account ? { ...line.account, name: text } : null,
    })),
    lastModified: later(snapshot.lastModified),
  };
}

function later(iso: string): string {
  return new Date(Date.parse(iso) + 60_000).toISOString().replace('.000Z', 'Z');
}
