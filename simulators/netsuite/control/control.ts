import type { Scenario } from '../../scenario/types';
import type { CustomFieldDefinition } from '../account/custom-fields';
import type { CustomRecord } from '../account/custom-record-store';
import { describePeriod, type AccountingPeriod } from '../account/periods';
import { defineCustomRecordTypes } from '../account/sdf-custom-records';
import { seedFromScenario } from '../account/seed-scenario';
import { seedSyntheticBills, type SyntheticBillOptions } from '../account/synthetic-bills';
import type { AccountRecord, Fields, RecordType } from '../account/types';
import type { CertificateEntry, LoginAuditEntry } from '../auth/registry';
import type { FailureStatus, LatencySettings, RouteKind } from '../faults';
import type { RequestLogEntry } from '../request-log';
import { mergeSettings, type SimulatorSettings } from '../settings';
import type { SimulatorState } from '../simulator';

const NO_USER_EVENTS = { silent: true, context: { executionContext: 'CSVIMPORT', user: 'Simulator Control' } } as const;

/** What tests, benchmarks and the demo do to the simulated account from outside. */
export interface SimulatorControl {
  seed(scenario: Scenario): void;
  seedSyntheticBills(count: number, options?: SyntheticBillOptions): { firstId: string | null; lastId: string | null };
  registerClient(clientId: string): void;
  registerCertificate(entry: CertificateEntry): void;
  /**
   * Revokes a certificate mapping, as an administrator can at OAuth 2.0 Client Credentials (M2M) Setup:
   * its token requests get 401 invalid_client (RevokedCertificate) and the tokens it got stop working.
   */
  revokeCertificate(certificateId: string): void;
  /** Accepts a revoked certificate again. */
  restoreCertificate(certificateId: string): void;
  now(): number;
  advanceClock(ms: number): void;
  setClock(ms: number): void;
  setLatency(latency: Partial<LatencySettings>): void;
  failNext(count: number, options?: { status?: FailureStatus; route?: RouteKind | 'any' }): void;
  clearFaults(): void;
  /** Every issued token stops working at once (as if 60 minutes had passed for them). */
  expireTokens(): void;
  requests(): readonly RequestLogEntry[];
  clearRequests(): void;
  loginAudit(): readonly LoginAuditEntry[];
  settings(): SimulatorSettings;
  updateSettings(changes: Partial<SimulatorSettings>): SimulatorSettings;
  record(type: RecordType, id: string): AccountRecord | undefined;
  /** Changes a record without user events (last-modified still moves), e.g. a CSV import without scripts. */
  editRecord(
    type: RecordType,
    id: string,
    changes: { fields?: Fields; sublists?: Record<string, Fields[]> },
  ): AccountRecord;
  createRecord(type: RecordType, fields: Fields, sublists?: Record<string, Fields[]>): AccountRecord;
  deleteRecord(type: RecordType, id: string): void;
  defineCustomField(definition: CustomFieldDefinition): void;
  /** Defines the custom record types of an SDF Objects/ folder; returns their script ids. */
  defineCustomRecordTypes(objectsDir: string): string[];
  /** A custom record by internal id or `eid:<externalId>`, as stored (select fields hold ids). */
  customRecord(type: string, id: string): CustomRecord | undefined;
  customRecords(type: string): CustomRecord[];
  /** Closes an accounting period (`2026-11`): its bills and POs can no longer be added, edited or deleted. */
  closePeriod(key: string): AccountingPeriod;
  reopenPeriod(key: string): AccountingPeriod;
  closedPeriods(): AccountingPeriod[];
}

export function createControl(state: SimulatorState): SimulatorControl {
  return {
    seed: (scenario) => {
      state.settings = mergeSettings(state.settings, { accountId: scenario.accountId });
      seedFromScenario(state.store, scenario);
    },
    seedSyntheticBills: (count, options) => seedSyntheticBills(state.store, count, options),
    registerClient: (clientId) => state.auth.registerClient(clientId),
    registerCertificate: (entry) => state.auth.registerCertificate(entry),
    revokeCertificate: (certificateId) => state.auth.revokeCertificate(certificateId),
    restoreCertificate: (certificateId) => state.auth.restoreCertificate(certificateId),
    now: () => state.clock.now(),
    advanceClock: (ms) => state.clock.advance(ms),
    setClock: (ms) => state.clock.set(ms),
    setLatency: (latency) => state.faults.setLatency(latency),
    failNext: (count, options) => state.faults.failNext(count, options),
    clearFaults: () => state.faults.clear(),
    expireTokens: () => state.auth.expireAllTokens(),
    requests: () => state.requests.all(),
    clearRequests: () => state.requests.clear(),
    loginAudit: () => state.auth.loginAudit,
    settings: () => state.settings,
    updateSettings: (changes) => (state.settings = mergeSettings(state.settings, changes)),
    record: (type, id) => (state.store.has(type, id) ? state.store.load(type, id) : undefined),
    editRecord: (type, id, changes) => state.store.update(type, id, changes, NO_USER_EVENTS),
    createRecord: (type, fields, sublists) =>
      state.store.save(type, { fields, sublists: sublists ?? {} }, NO_USER_EVENTS),
    deleteRecord: (type, id) => state.store.delete(type, id, NO_USER_EVENTS),
    defineCustomField: (definition) => state.store.customFields.set(definition.id, definition),
    defineCustomRecordTypes: (objectsDir) => defineCustomRecordTypes(state.store, objectsDir),
    customRecord: (type, id) => {
      const records = state.store.customRecords;
      const row = id.startsWith('eid:') ? records.findByExternalId(type, id.slice(4)) : records.peek(type, id);
      return row ? structuredClone(row) : undefined;
    },
    customRecords: (type) => [...state.store.customRecords.scan(type)].map((row) => structuredClone(row)),
    closePeriod: (key) => {
      state.store.periods.close(key);
      return describePeriod(key, true);
    },
    reopenPeriod: (key) => {
      state.store.periods.reopen(key);
      return describePeriod(key, false);
    },
    closedPeriods: () => state.store.periods.closed().map((key) => describePeriod(key, true)),
  };
}
