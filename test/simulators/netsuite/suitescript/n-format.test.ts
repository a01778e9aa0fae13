import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../../simulators/netsuite/suitescript/engine';
import { createFormatModule } from '../../../../simulators/netsuite/suitescript/modules/n-format';

function formatFor(timeZone: string, dateFormat: string) {
  const engine = {
    settings: { timeZone, dateFormat },
    realmDate: (ms: number) => new Date(ms),
    realmLocalDate: (year: number, month: number, day: number) => new Date(year, month, day),
  } as unknown as Engine;
  return createFormatModule(engine);
}

const AT = new Date('2026-11-21T10:00:05Z');

describe('N/format in the SuiteScript runtime', () => {
  it.each([
    ['America/Los_Angeles', 'M/D/YYYY', '11/21/2026 2:00:05 am'],
    ['Europe/Berlin', 'DD.MM.YYYY', '21.11.2026 11:00:05 am'],
    ['Asia/Tokyo', 'YYYY/MM/DD', '2026/11/21 7:00:05 pm'],
    ['America/New_York', 'D-Mon-YYYY', '21-Nov-2026 5:00:05 am'],
  ])('formats a date-time in the user time zone %s and date format %s', (timeZone, dateFormat, expected) => {
    const format = formatFor(timeZone, dateFormat);
    expect(format.format({ value: AT, type: format.Type.DATETIMETZ })).toBe(expected);
  });

  it('leaves seconds out of DATETIME and the time out of DATE', () => {
    const format = formatFor('America/Los_Angeles', 'M/D/YYYY');
    expect(format.format({ value: AT, type: format.Type.DATETIME })).toBe('11/21/2026 2:00 am');
    expect(format.format({ value: AT, type: format.Type.DATE })).toBe('11/21/2026');
  });

  it('uses another time zone when the script names one', () => {
    const format = formatFor('America/Los_Angeles', 'M/D/YYYY');
    expect(format.format({ value: AT, type: format.Type.DATETIMETZ, timezone: format.Timezone.EUROPE_LONDON })).toBe(
      '11/21/2026 10:00:05 am',
    );
  });

  it('returns a value it cannot format unchanged', () => {
    const format = formatFor('America/Los_Angeles', 'M/D/YYYY');
    expect(format.format({ value: 'not a date', type: format.Type.DATETIMETZ })).toBe('not a date');
  });

  it('parses a date and a date-time written in the user preferences back', () => {
    const format = formatFor('Europe/Berlin', 'DD.MM.YYYY');
    expect(format.parse({ value: '21.11.2026', type: format.Type.DATE })).toEqual(new Date(2026, 10, 21));
    expect(format.parse({ value: '21.11.2026 11:00:05 am', type: format.Type.DATETIMETZ })).toEqual(AT);
    expect(format.parse({ value: '1,250.50', type: format.Type.CURRENCY })).toBe(1250.5);
  });
});
