// Public surface of the Procurify simulator.
export { createProcurifySimulator, type ProcurifySimulator, type ProcurifySimulatorOptions } from './app';
export { startProcurifySimulator, type RunningProcurifySimulator } from './server';
export type { ProcurifyControl, SeedInput } from './control';
export type { SimSettings } from './context';
export type { FaultInput, FaultRule } from './faults';
export type { LoggedRequest } from './request-log';
export { validateRequest, validateResponse, type RequestValidation, type ResponseValidation } from './openapi';
