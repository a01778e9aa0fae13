import { formatCents } from '../sync/mapping/money';

// Amounts as people read them (pages, the CLI's table and summary): thousands separated by commas,
// two decimals, the currency after; `+` on a positive difference. CSV and JSON keep plain decimals.

/** 1234567 → "12,345.67"; -5 → "-0.05". Exact: text from integer cents, never a float. */
export function groupedCents(cents: number): string {
  const plain = formatCents(cents);
  const [whole = '', fraction = ''] = plain.replace('-', '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${plain.startsWith('-') ? '-' : ''}${grouped}.${fraction}`;
}

/** "12,345.67 CAD"; with `signed`, "+50.00 CAD" for a positive amount. */
export function moneyText(cents: number, currency: string, options: { signed?: boolean } = {}): string {
  const sign = options.signed && cents > 0 ? '+' : '';
  return `${sign}${groupedCents(cents)}${currency ? ` ${currency}` : ''}`;
}
