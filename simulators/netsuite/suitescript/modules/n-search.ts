// N/search.lookupFields (1 unit): text fields as strings, selects as [{ value, text }], checkboxes as booleans.
import { displayName } from '../../account/derived';
import type { RecordType } from '../../account/types';
import type { Engine } from '../engine';
import { COSTS, MODEL_MS } from '../governance';
import { bodyFieldKind, isStandardType } from '../field-types';
import { SuiteScriptError } from '../script-error';

export const SEARCH_TYPE_ENUM = {
  ACCOUNT: 'account',
  CURRENCY: 'currency',
  DEPARTMENT: 'department',
  ITEM: 'item',
  LOCATION: 'location',
  PURCHASE_ORDER: 'purchaseorder',
  SUBSIDIARY: 'subsidiary',
  TERM: 'term',
  VENDOR: 'vendor',
  VENDOR_BILL: 'vendorbill',
} as const;

/** Search column ids that differ from the stored field ids. */
const COLUMN_ALIASES: Record<string, Record<string, string>> = {
  account: { number: 'acctnumber', name: 'acctname', type: 'accttype' },
  item: { name: 'itemid' },
};

type LookupValue = string | boolean | { value: string; text: string }[];

export function createSearchModule(engine: Engine) {
  return {
    Type: SEARCH_TYPE_ENUM,
    lookupFields(options: {
      type: string;
      id: string | number;
      columns: string | string[];
    }): Record<string, LookupValue> {
      engine.charge(`search.lookupFields ${options.type}`, COSTS.lookupFields, MODEL_MS.lookupFields);
      const type = options.type;
      const id = String(options.id);
      if (!isStandardType(type)) throw new SuiteScriptError('SSS_INVALID_SRCH_TYPE', `Invalid search type: ${type}`);
      // Oracle: without Multiple Currencies a currency can be loaded by id but not searched.
      if (type === 'currency' && !engine.store.features.multiCurrency)
        throw new SuiteScriptError('SSS_INVALID_SRCH_TYPE', 'Currency searches need the Multiple Currencies feature.');
      const record = engine.store.peek(type, id);
      if (!record) throw new SuiteScriptError('RCRD_DSNT_EXIST', `That record does not exist: ${type} ${id}`);
      const result: Record<string, LookupValue> = {};
      for (const column of Array.isArray(options.columns) ? options.columns : [options.columns]) {
        const fieldId = COLUMN_ALIASES[type]?.[column] ?? column;
        const value = record.fields[fieldId];
        const kind = bodyFieldKind(type, fieldId);
        if (kind?.kind === 'ref' && kind.refType) {
          result[column] =
            typeof value === 'string' && value !== ''
              ? [{ value, text: displayName(engine.store, kind.refType as RecordType, value) ?? '' }]
              : [];
        } else if (typeof value === 'boolean') result[column] = value;
        else result[column] = value === null || value === undefined ? '' : String(value);
      }
      return result;
    },
  };
}
