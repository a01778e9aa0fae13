// What a custom record's select field points at. SDF names the target with a record type id:
// negative numbers for standard records, `[scriptid=customrecord_x]` for custom records.
import type { CustomRecordTypeDefinition } from '../suitescript/sdf-objects';
import type { RecordType } from './types';

export type SelectTarget =
  | { kind: 'standard'; types: readonly RecordType[] }
  | { kind: 'custom'; type: string }
  /** A record type the simulator does not hold: values are taken as they come. */
  | { kind: 'unmodelled'; raw: string };

// -30 Transaction (every transaction type the account holds); -3 Vendor (its record type id, as in
// nsmockup's vendor metadata, a secondary source); account, department, location and subsidiary as
// Oracle's othercustomfield table lists them
// (https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_156598344417.html).
const STANDARD: Record<string, readonly RecordType[]> = {
  '-30': ['vendorbill', 'purchaseorder'],
  '-3': ['vendor'],
  '-112': ['account'],
  '-102': ['department'],
  '-103': ['location'],
  '-117': ['subsidiary'],
};

export function selectTargetOf(selectRecordType: string | null): SelectTarget {
  const raw = (selectRecordType ?? '').trim();
  const standard = STANDARD[raw];
  if (standard) return { kind: 'standard', types: standard };
  const custom = /^(?:\[scriptid=)?(customrecord[a-z0-9_]*)\]?$/i.exec(raw)?.[1];
  if (custom) return { kind: 'custom', type: custom.toLowerCase() };
  return { kind: 'unmodelled', raw };
}

/** True when a select aimed at `target` can hold a record of `type` (a standard type or a custom record type). */
export function targetCovers(target: SelectTarget, type: string): boolean {
  if (target.kind === 'standard') return (target.types as readonly string[]).includes(type);
  return target.kind === 'custom' && target.type === type.toLowerCase();
}

export interface SelectField {
  fieldId: string;
  target: SelectTarget;
  /** `SET_NULL`, or `NO_ACTION` (also when the XML leaves it empty). */
  onParentDelete: string;
}

export function selectFieldsOf(definition: CustomRecordTypeDefinition): SelectField[] {
  return Object.entries(definition.fieldDefinitions ?? {})
    .filter(([, field]) => field.type === 'SELECT' || field.type === 'MULTISELECT')
    .map(([fieldId, field]) => ({
      fieldId,
      target: selectTargetOf(field.selectRecordType),
      onParentDelete: field.onParentDelete ?? 'NO_ACTION',
    }));
}
