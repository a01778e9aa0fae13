// An instant in the reader's own date format and time zone. N/format follows the user's Set
// Preferences and returns a date-time value in the user's time zone (0 governance units):
// https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_4388843892.html
import * as format from 'N/format';

export function userDateTime(at: Date): string {
  return String(format.format({ value: at, type: format.Type.DATETIMETZ }));
}
