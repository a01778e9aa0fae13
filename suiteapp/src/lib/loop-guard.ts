// The relay writes its outcome back as a REST edit of the `_mlc_` fields; that edit fires our user
// event again. A save whose only differences are `_mlc_` fields is our own writeback: skip it.
import type { ComparableRecord } from './record-reader';
import { isMlcField } from './ids';

/** Fields NetSuite changes on every save or that only describe the form; they say nothing. */
const VOLATILE_FIELDS = new Set([
  'lastmodifieddate',
  'lastmodified',
  'entryformquerystring',
  'wfinstances',
  'selectedtab',
  'customwhence',
  'baserecordtype',
  'type',
  'id',
]);

function isVolatile(fieldId: string): boolean {
  return VOLATILE_FIELDS.has(fieldId) || /^(sys_|nsapi|nl|_)/.test(fieldId);
}

function normalize(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return String(value.getTime());
  if (Array.isArray(value)) return value.map(normalize).join('\u0001');
  if (value === false || value === 'F') return 'F';
  if (value === true || value === 'T') return 'T';
  return String(value);
}

/** Body fields whose value differs. For `xedit`, newRecord lists only the fields that were set. */
export function changedBodyFields(oldRecord: ComparableRecord, newRecord: ComparableRecord): string[] {
  return newRecord
    .getFields()
    .filter((fieldId) => !isVolatile(fieldId))
    .filter((fieldId) => normalize(oldRecord.getValue({ fieldId })) !== normalize(newRecord.getValue({ fieldId })));
}

export function sublistChanged(oldRecord: ComparableRecord, newRecord: ComparableRecord, sublistId: string): boolean {
  const count = newRecord.getLineCount({ sublistId });
  if (count !== oldRecord.getLineCount({ sublistId })) return true;
  const fields = newRecord.getSublistFields({ sublistId }).filter((fieldId) => !isVolatile(fieldId));
  for (let line = 0; line < count; line += 1) {
    for (const fieldId of fields) {
      const options = { sublistId, fieldId, line };
      if (normalize(oldRecord.getSublistValue(options)) !== normalize(newRecord.getSublistValue(options))) {
        return true;
      }
    }
  }
  return false;
}

export interface LoopGuardInput {
  oldRecord: ComparableRecord | null;
  newRecord: ComparableRecord;
  /** `xedit` saves carry no sublists, so only `edit` compares lines. */
  compareSublists: readonly string[];
}

/**
 * True when the save changed nothing but `_mlc_` fields. A save that changed nothing at all is
 * treated the same way: a writeback of identical values must not start another round trip (the
 * Resync button is there for a deliberate re-send).
 */
export function isOwnWritebackOnly(input: LoopGuardInput): boolean {
  if (input.oldRecord === null) return false;
  const changed = changedBodyFields(input.oldRecord, input.newRecord);
  if (changed.some((fieldId) => !isMlcField(fieldId))) return false;
  return !input.compareSublists.some((sublistId) => sublistChanged(input.oldRecord!, input.newRecord, sublistId));
}
