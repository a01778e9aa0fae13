import { describe, expect, it } from 'vitest';
import { centsFromReadBack, formatCents, parseCents, sumCents } from '../../../../relay/src/sync/mapping';

describe('parseCents', () => {
  it.each([
    ['100', 10000],
    ['100.5', 10050],
    ['4250.00', 425000],
    ['0.01', 1],
    ['-0.05', -5],
    ['-380.50', -38050],
    ['+7.25', 725],
    ['1250.00000000', 125000],
    [' 12.30 ', 1230],
    ['-0.00', 0],
  ])('reads %s as %i cents', (text, cents) => {
    expect(parseCents(text)).toBe(cents);
  });

  it('never yields negative zero', () => {
    expect(Object.is(parseCents('-0'), 0)).toBe(true);
  });

  it.each(['', 'abc', '1,000.00', '1e3', '12.3.4', '.5', '--1'])('refuses %j as not a decimal amount', (text) => {
    expect(() => parseCents(text)).toThrow(/not a decimal amount/);
  });

  it('refuses a fraction of a cent instead of rounding it away', () => {
    expect(() => parseCents('10.005')).toThrow(/fraction of a cent/);
  });

  it('refuses an amount too large for exact integer cents', () => {
    expect(() => parseCents('900719925474099.93')).toThrow(/too large/);
  });
});

describe('formatCents', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [-5, '-0.05'],
    [123456, '1234.56'],
    [-100000, '-1000.00'],
  ])('writes %i cents as %s', (cents, text) => {
    expect(formatCents(cents)).toBe(text);
  });

  it('refuses a fraction of a cent', () => {
    expect(() => formatCents(1.5)).toThrow(RangeError);
  });

  it('round-trips every amount it writes', () => {
    for (const cents of [-99999, -1, 0, 1, 99, 100, 101, 123456789]) {
      expect(parseCents(formatCents(cents))).toBe(cents);
    }
  });
});

describe('sums of many lines', () => {
  it('adds a thousand lines of 0.10 to exactly 100.00, where floats drift', () => {
    const lines = Array.from({ length: 1000 }, () => '0.10');
    expect(formatCents(sumCents(lines.map(parseCents)))).toBe('100.00');
    expect(lines.reduce((total, line) => total + Number(line), 0)).not.toBe(100);
  });

  it('nets credits against charges', () => {
    expect(formatCents(sumCents(['1000.00', '-250.25', '-0.75', '0.01'].map(parseCents)))).toBe('749.01');
  });
});

describe('centsFromReadBack', () => {
  it.each([
    [1250, 125000],
    [1250.1, 125010],
    [0.1 + 0.2, 30],
    [-12.345, -1235],
    ['11.00000000', 1100],
    ['11.00500000', 1101],
    [1e-7, 0],
  ] as [number | string, number][])('reads %s as %i cents, rounding half away from zero', (value, cents) => {
    expect(centsFromReadBack(value)).toBe(cents);
  });

  it('refuses a number that is not finite', () => {
    expect(() => centsFromReadBack(Number.NaN)).toThrow(RangeError);
  });
});
