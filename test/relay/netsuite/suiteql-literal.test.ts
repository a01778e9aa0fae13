import { describe, expect, it } from 'vitest';
import { idList, quoteLiteral, timestampLiteral } from '../../../relay/src/netsuite';

describe('quoteLiteral', () => {
  const cases: Array<[string, string]> = [
    ['Acme', "'Acme'"],
    ["O'Brien", "'O''Brien'"],
    ["'; DROP TABLE vendor; --", "'''; DROP TABLE vendor; --'"],
    ["''", "''''''"],
    ['', "''"],
    ['line\nbreak', "'line\nbreak'"],
  ];
  it.each(cases)('quotes %j as %s', (value, expected) => {
    expect(quoteLiteral(value)).toBe(expected);
  });

  it('refuses a NUL character', () => {
    expect(() => quoteLiteral('a\0b')).toThrow(/NUL/);
  });
});

describe('idList', () => {
  it('joins internal ids for an IN list', () => {
    expect(idList(['12', 7, '0042'])).toBe('12, 7, 0042');
  });
  it.each([['1) OR (1=1'], ['-1'], ['1.5'], ['']])('refuses %j', (bad) => {
    expect(() => idList([bad])).toThrow(/not a NetSuite internal id/);
  });
  it('refuses an empty list', () => {
    expect(() => idList([])).toThrow(/at least one id/);
  });
});

describe('timestampLiteral', () => {
  it('writes TO_TIMESTAMP with the documented format', () => {
    expect(timestampLiteral('2025-06-01T08:30:00')).toBe(
      "TO_TIMESTAMP('2025-06-01 08:30:00', 'YYYY-MM-DD HH24:MI:SS')",
    );
  });
  it('refuses anything else, quotes included', () => {
    expect(() => timestampLiteral("2025-06-01T08:30:00') OR ('1")).toThrow(/not a YYYY-MM-DDTHH:MM:SS/);
  });
});
