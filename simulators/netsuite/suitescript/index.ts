export { createSuiteScriptRuntime, DEFAULT_DIST_DIR } from './runtime';
export type { FormView, RecordValues, SaveOptions, SuiteScriptRuntime, SuiteScriptRuntimeOptions } from './runtime';
export type { ExecutionReport, LogEntry, SecretDefinition } from './engine';
export type { MapReducePause, MapReduceRun, MapReduceStage } from './map-reduce';
export type { DuringStage, MapReduceRunInProgress, RunOptions } from './task-runner';
export type { SuiteletRequest, SuiteletResponse } from './suitelet';
export { customRecordsOf } from './custom-records';
export { COSTS, UNIT_LIMITS } from './governance';
export { SuiteScriptError } from './script-error';
