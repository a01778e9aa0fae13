// N/record: load, create, submitFields (an xedit for user events), delete; Record objects.
import type { Fields } from '../../account/types';
import type { Engine } from '../engine';
import { COSTS, MODEL_MS } from '../governance';
import { ScriptRecord } from '../record-object';
import { SuiteScriptError } from '../script-error';

export const RECORD_TYPE_ENUM = {
  VENDOR: 'vendor',
  VENDOR_BILL: 'vendorbill',
  PURCHASE_ORDER: 'purchaseorder',
  ACCOUNT: 'account',
  DEPARTMENT: 'department',
  LOCATION: 'location',
  SUBSIDIARY: 'subsidiary',
  TERM: 'term',
  CURRENCY: 'currency',
  NON_INVENTORY_ITEM: 'noninventoryitem',
} as const;

function idText(id: unknown): string {
  if (id === undefined || id === null || id === '')
    throw new SuiteScriptError('SSS_MISSING_REQD_ARGUMENT', 'id is required');
  return String(id);
}

export function createRecordModule(engine: Engine) {
  return {
    Type: RECORD_TYPE_ENUM,
    load(options: { type: string; id: string | number; isDynamic?: boolean }): ScriptRecord {
      return new ScriptRecord(engine.loadState(options.type, idText(options.id)), engine);
    },
    create(options: { type: string; isDynamic?: boolean }): ScriptRecord {
      engine.assertType(options.type);
      engine.charge(`record.create ${options.type}`, COSTS.create(options.type), MODEL_MS.create);
      const state = {
        type: options.type,
        id: null,
        fields: {},
        sublists: {},
        createdAt: null,
        lastModifiedAt: null,
        partial: false,
      };
      return new ScriptRecord(state, engine);
    },
    submitFields(options: {
      type: string;
      id: string | number;
      values: Record<string, unknown>;
      options?: { enableSourcing?: boolean; ignoreMandatoryFields?: boolean };
    }): number {
      engine.assertType(options.type);
      // Convert values the way setValue does (dates, checkboxes, numbers on custom records).
      const scratch = new ScriptRecord(
        {
          type: options.type,
          id: null,
          fields: {},
          sublists: {},
          createdAt: null,
          lastModifiedAt: null,
          partial: false,
        },
        engine,
      );
      for (const [fieldId, value] of Object.entries(options.values ?? {})) scratch.setValue({ fieldId, value });
      return Number(engine.submitFields(options.type, idText(options.id), scratch.state.fields as Fields));
    },
    delete(options: { type: string; id: string | number }): number {
      engine.deleteRecord(options.type, idText(options.id));
      return Number(options.id);
    },
  };
}
