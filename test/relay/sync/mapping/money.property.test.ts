import fc from 'fast-check';
import { describe, it } from 'vitest';
import { centsFromReadBack, formatCents, parseCents, sumCents } from '../../../../relay/src/sync/mapping';

// Cents within ±10^13, far beyond any bill, still exact as JavaScript integers.
const cents = fc.integer({ min: -1e13, max: 1e13 });

describe('money properties', () => {
  it('reads back every amount it writes', () => {
    fc.assert(fc.property(cents, (value) => parseCents(formatCents(value)) === value));
  });

  it('reads an amount with trailing zero decimals like the short form', () => {
    fc.assert(
      fc.property(cents, fc.integer({ min: 0, max: 8 }), (value, zeros) => {
        return parseCents(formatCents(value) + '0'.repeat(zeros)) === value;
      }),
    );
  });

  it('adds any list of line amounts exactly as big integers do', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e9, max: 1e9 }), { maxLength: 500 }), (values) => {
        const texts = values.map(formatCents);
        const exact = values.reduce((total, value) => total + BigInt(value), 0n);
        return BigInt(sumCents(texts.map(parseCents))) === exact;
      }),
    );
  });

  it('reads a JSON number of whole cents as those cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (value) => {
        return centsFromReadBack(Number(formatCents(value))) === value;
      }),
    );
  });
});
