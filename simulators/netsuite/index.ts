// The NetSuite simulator's public surface.
export { startNetSuiteSimulator, type NetSuiteSimulatorOptions, type RunningNetSuiteSimulator } from './server';
export { createNetSuiteSimApp } from './app';
export { createSimulatorState, type SimulatorState } from './simulator';
export { createControl, type SimulatorControl } from './control/control';
export { createClock, type SimClock } from './account/clock';
export { AccountStore, type SaveOptions } from './account/store';
export { seedFromScenario } from './account/seed-scenario';
export { seedSyntheticBills, syntheticBills } from './account/synthetic-bills';
export type { AccountRecord, DeleteEvent, Fields, RecordType, SaveContext, SaveEvent } from './account/types';
export { DEFAULT_SETTINGS, type SimulatorSettings } from './settings';
export type { CustomRecord } from './account/custom-record-store';
export type { AccountingPeriod } from './account/periods';
export { RecordRuleError, type AccountRule } from './account/errors';
export { defineCustomRecordTypes, SUITEAPP_OBJECTS_DIR } from './account/sdf-custom-records';
