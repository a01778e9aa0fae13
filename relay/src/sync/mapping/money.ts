// Money as integer cents. Amounts arrive as decimal strings (NetSuite snapshots, Procurify's
// `"1250.00000000"`) or, for some Procurify totals, JSON numbers. Parsing never goes through a
// float, so a thousand lines of 0.10 add up to exactly 100.00.

const DECIMAL = /^([+-])?(\d+)(?:\.(\d*))?$/;

interface DecimalParts {
  negative: boolean;
  whole: string;
  fraction: string;
}

function splitDecimal(text: string): DecimalParts {
  const match = DECIMAL.exec(text.trim());
  if (!match) throw new RangeError(`"${text}" is not a decimal amount`);
  return { negative: match[1] === '-', whole: match[2] ?? '0', fraction: match[3] ?? '' };
}

function toSafeCents(negative: boolean, absoluteCents: number, text: string): number {
  if (!Number.isSafeInteger(absoluteCents)) throw new RangeError(`"${text}" is too large an amount`);
  // `+ 0` turns -0 into 0, so "-0.00" is plain zero.
  return (negative ? -absoluteCents : absoluteCents) + 0;
}

/**
 * A decimal string → integer cents, exactly. Digits past the second decimal must be zeros
 * (Procurify writes 8 places); a fraction of a cent is refused rather than rounded away.
 */
export function parseCents(amount: string): number {
  const { negative, whole, fraction } = splitDecimal(amount);
  if (/[1-9]/.test(fraction.slice(2))) {
    throw new RangeError(`"${amount}" has a fraction of a cent`);
  }
  const cents = Number(whole) * 100 + Number(fraction.slice(0, 2).padEnd(2, '0'));
  return toSafeCents(negative, cents, amount);
}

/**
 * A value read back from Procurify (decimal string or JSON number) → cents, rounded half away from
 * zero. Numbers go through their shortest decimal text, never through multiplication.
 */
export function centsFromReadBack(value: string | number): number {
  const text = typeof value === 'number' ? numberToPlainText(value) : value;
  const { negative, whole, fraction } = splitDecimal(text);
  const padded = fraction.padEnd(3, '0');
  const roundUp = Number(padded[2]) >= 5;
  const cents = Number(whole) * 100 + Number(padded.slice(0, 2)) + (roundUp ? 1 : 0);
  return toSafeCents(negative, cents, text);
}

function numberToPlainText(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`${value} is not an amount`);
  const text = String(value);
  // Exponent form appears only for tiny or huge values; toFixed(20) is exact enough for those.
  return /e/i.test(text) ? value.toFixed(20) : text;
}

/** Integer cents → a decimal string with two places: -5 → "-0.05". */
export function formatCents(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`${cents} is not a whole number of cents`);
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  const whole = Math.floor(absolute / 100);
  const fraction = String(absolute % 100).padStart(2, '0');
  return `${sign}${whole}.${fraction}`;
}

export function sumCents(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  if (!Number.isSafeInteger(total)) throw new RangeError('the total is too large an amount');
  return total;
}
