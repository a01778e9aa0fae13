// User event dispatch the way NetSuite does it: every save of a record type with a deployed user
// event script runs beforeSubmit (an error cancels the save) and afterSubmit (an error is logged,
// the save stands). A save made inside a user event triggers none. REST web services edits (another
// integration's PATCH) count as edits; the reference is silent on whether NetSuite reports them as
// `edit` or `xedit`, so that is a setting (default `edit`; `none` turns REST dispatch off).
import type { AccountRecord, DeleteEvent, SaveEvent } from '../account/types';
import type { Engine, SaveIntent } from './engine';
import { ScriptRecord, stateOf, type RecordState } from './record-object';
import type { DeploymentDefinition, ScriptDefinition } from './sdf-objects';

export type RestEventType = 'edit' | 'xedit' | 'none';

export const USER_EVENT_TYPE = Object.fromEntries(
  [
    'CREATE',
    'EDIT',
    'XEDIT',
    'DELETE',
    'VIEW',
    'COPY',
    'PRINT',
    'EMAIL',
    'QUICKVIEW',
    'APPROVE',
    'REJECT',
    'CANCEL',
    'PACK',
    'SHIP',
    'DROPSHIP',
    'SPECIALORDER',
    'ORDERITEMS',
    'PAYBILLS',
    'MARKCOMPLETE',
    'REASSIGN',
    'EDITFORECAST',
    'TRANSFORM',
  ].map((name) => [name, name.toLowerCase()]),
);

const RUNNING_STATUSES = new Set(['RELEASED', 'TESTING']);

export function userEventDeployments(
  engine: Engine,
  recordType: string,
  eventType: string,
  executionContext: string,
): { script: ScriptDefinition; deployment: DeploymentDefinition }[] {
  const found: { script: ScriptDefinition; deployment: DeploymentDefinition }[] = [];
  for (const script of engine.objects.scripts.values()) {
    if (script.type !== 'usereventscript') continue;
    for (const deployment of script.deployments) {
      if (deployment.recordType !== recordType || !deployment.isDeployed || !RUNNING_STATUSES.has(deployment.status))
        continue;
      if (deployment.executionContexts && !deployment.executionContexts.includes(executionContext)) continue;
      if (deployment.eventType && deployment.eventType !== eventType) continue;
      found.push({ script, deployment });
    }
  }
  return found;
}

export interface UserEventCall {
  entryPoint: 'beforeLoad' | 'beforeSubmit' | 'afterSubmit';
  recordType: string;
  recordId: string | null;
  eventType: string;
  executionContext: string;
  context: Record<string, unknown>;
}

/** Runs one entry point of every matching deployment. Errors propagate; callers decide. */
export function runUserEvents(engine: Engine, call: UserEventCall): void {
  for (const { script, deployment } of userEventDeployments(
    engine,
    call.recordType,
    call.eventType,
    call.executionContext,
  )) {
    if (typeof engine.loadModule(script)[call.entryPoint] !== 'function') continue;
    const spec = {
      script,
      deployment,
      kind: 'userevent' as const,
      executionContext: call.executionContext,
      entryPoint: call.entryPoint,
      recordType: call.recordType,
      recordId: call.recordId ?? undefined,
      eventType: call.eventType,
    };
    engine.run(spec, (exports) =>
      (exports[call.entryPoint] as (context: unknown) => void)({
        ...call.context,
        type: call.eventType,
        UserEventType: USER_EVENT_TYPE,
      }),
    );
  }
}

function changedFields(oldRecord: Readonly<AccountRecord>, newRecord: Readonly<AccountRecord>): string[] {
  const ids = new Set([...Object.keys(oldRecord.fields), ...Object.keys(newRecord.fields)]);
  return [...ids].filter(
    (id) => JSON.stringify(oldRecord.fields[id] ?? null) !== JSON.stringify(newRecord.fields[id] ?? null),
  );
}

export interface UserEventDispatchOptions {
  restEventType: RestEventType;
}

/** Subscribes to the account's saves and deletes; returns the unsubscribe function. */
export function attachUserEvents(engine: Engine, options: UserEventDispatchOptions): () => void {
  const intentFor = (event: SaveEvent): SaveIntent | null => {
    if (engine.pendingIntent) return engine.pendingIntent;
    if (event.kind === 'create') return { eventType: 'create' };
    if (event.context.executionContext !== 'RESTWEBSERVICES') return { eventType: 'edit' };
    if (options.restEventType === 'none') return null;
    return { eventType: options.restEventType };
  };
  const newState = (event: SaveEvent, intent: SaveIntent): RecordState => {
    if (intent.eventType !== 'xedit') return stateOf(event.newRecord);
    const fields = intent.changedFields ?? (event.oldRecord ? changedFields(event.oldRecord, event.newRecord) : []);
    return stateOf(event.newRecord, fields);
  };
  const call = (
    event: SaveEvent,
    intent: SaveIntent,
    entryPoint: 'beforeSubmit' | 'afterSubmit',
    state: RecordState,
  ) => ({
    entryPoint,
    recordType: event.type,
    recordId: entryPoint === 'afterSubmit' || event.kind === 'edit' ? event.id : null,
    eventType: intent.eventType,
    executionContext: event.context.executionContext,
    context: {
      newRecord: new ScriptRecord(state, engine),
      oldRecord: event.oldRecord ? new ScriptRecord(stateOf(event.oldRecord), engine) : null,
    },
  });

  const offBefore = engine.store.onBeforeSave((event) => {
    if (engine.isInUserEvent()) return;
    const intent = intentFor(event);
    if (!intent) return;
    const state = newState(event, intent);
    if (intent.eventType === 'create') state.id = null;
    runUserEvents(engine, call(event, intent, 'beforeSubmit', state));
    // beforeSubmit may change the record before it is written.
    Object.assign(event.newRecord.fields, state.fields);
    if (!state.partial) event.newRecord.sublists = state.sublists;
  });
  const offAfter = engine.store.onSave((event) => {
    if (engine.isInUserEvent()) return;
    const intent = intentFor(event);
    if (!intent) return;
    try {
      runUserEvents(engine, call(event, intent, 'afterSubmit', newState(event, intent)));
    } catch (error) {
      // The record is already committed: an afterSubmit error is shown, never rolled back.
      engine.log({ level: 'error', title: `afterSubmit failed on ${event.type} ${event.id}`, details: String(error) });
    }
  });
  const offDelete = engine.store.onDelete((event: DeleteEvent) => {
    if (engine.isInUserEvent()) return;
    if (event.context.executionContext === 'RESTWEBSERVICES' && options.restEventType === 'none') return;
    const record = () => new ScriptRecord(stateOf(event.oldRecord), engine);
    const base = {
      recordType: event.type,
      recordId: event.id,
      eventType: 'delete',
      executionContext: event.context.executionContext,
    };
    try {
      if (engine.pendingIntent?.beforeSubmitDone !== true) {
        runUserEvents(engine, {
          ...base,
          entryPoint: 'beforeSubmit',
          context: { newRecord: record(), oldRecord: record() },
        });
      }
      runUserEvents(engine, {
        ...base,
        entryPoint: 'afterSubmit',
        context: { newRecord: record(), oldRecord: record() },
      });
    } catch (error) {
      engine.log({
        level: 'error',
        title: `delete user event failed on ${event.type} ${event.id}`,
        details: String(error),
      });
    }
  });
  return () => {
    offBefore();
    offAfter();
    offDelete();
  };
}
