import type { Scenario, ScenarioProcurify } from '../scenario/types';
import { approveSubmitted } from './bill-approval';
import type { SimContext, SimSettings } from './context';
import { parseFaultInput, type FaultInput, type FaultRule } from './faults';
import { addSeedBill, addSeedVendor, seedState } from './seed';
import { serializeBillRead } from './serialize-bill';
import {
  serializeAccountCode,
  serializeChartAccount,
  serializeCurrency,
  serializeDepartmentRead,
  serializeLocationView,
} from './serialize-reference';
import { serializeOptimizedVendor } from './serialize-vendor';
import {
  nextId,
  reserveId,
  type AccountCodeRecord,
  type AccountRecord,
  type DepartmentRecord,
  type SimState,
} from './state';
import type { LoggedRequest } from './request-log';

// The test and demo handle on a running simulator: data, clock, tokens, faults and the request log.

export type SeedInput = Pick<Scenario, 'procurify'> | ScenarioProcurify;

export interface ProcurifyControl {
  readonly credentials: { clientId: string; clientSecret: string };
  /** The raw records (live; mutate with care). */
  state(): SimState;
  /** Everything as the API would show it: vendors as OptimizedVendor, bills as BillRead, … */
  snapshot(): ReturnType<typeof snapshotOf>;
  seed(scenario: SeedInput): void;
  /** Back to the data the simulator was created with (and no tokens, faults or log). */
  reset(): void;
  addCurrency(input: ScenarioProcurify['currencies'][number]): void;
  addLocation(input: ScenarioProcurify['locations'][number]): void;
  addDepartment(input: Omit<ScenarioProcurify['departments'][number], 'id'> & { id?: number }): DepartmentRecord;
  addAccountCode(input: Omit<ScenarioProcurify['accountCodes'][number], 'id'> & { id?: number }): AccountCodeRecord;
  addAccount(input: Omit<ScenarioProcurify['accounts'][number], 'id'> & { id?: number }): AccountRecord;
  addVendor(input: ScenarioProcurify['vendors'][number]): void;
  addBill(input: ScenarioProcurify['bills'][number]): void;
  /** What an approver does in Procurify's UI (the API has no approve call): submitted bills become Approved (2). */
  approveBills(uuids?: string[]): string[];
  addFault(input: FaultInput): FaultRule;
  removeFault(id: string): boolean;
  clearFaults(): void;
  faults(): FaultRule[];
  /** Lets every request held by a `hang` fault continue; returns how many there were. */
  releaseHangs(): number;
  requests(): LoggedRequest[];
  clearRequests(): void;
  expireTokens(token?: string): number;
  revokeTokens(token?: string): number;
  clock: SimContext['clock'];
  settings(): SimSettings;
  updateSettings(patch: Partial<SimSettings>): SimSettings;
}

function snapshotOf(sim: SimContext) {
  const s = sim.state;
  return {
    vendors: s.vendors.map((v) => serializeOptimizedVendor(s, v)),
    bills: s.bills.map((b) => serializeBillRead(s, b)),
    accountCodes: s.accountCodes.map((ac) => serializeAccountCode(s, ac)),
    departments: s.departments.map((d) => serializeDepartmentRead(s, d)),
    locations: s.locations.map((l) => serializeLocationView(s, l)),
    accounts: s.accounts.map((a) => serializeChartAccount(s, a)),
    currencies: s.currencies.map(serializeCurrency),
  };
}

export function createControl(sim: SimContext, initial: SeedInput | undefined): ProcurifyControl {
  const replaceState = (next: SimState) => Object.assign(sim.state, next);
  const idFor = (kind: string, id: number | undefined) => {
    if (id === undefined) return nextId(sim.state, kind);
    reserveId(sim.state, kind, id);
    return id;
  };
  return {
    credentials: { clientId: sim.settings.clientId, clientSecret: sim.settings.clientSecret },
    state: () => sim.state,
    snapshot: () => snapshotOf(sim),
    seed: (scenario) => replaceState(seedState(scenario, sim.clock)),
    reset() {
      replaceState(initial ? seedState(initial, sim.clock) : seedState({ procurify: emptyScenario() }, sim.clock));
      sim.tokens.clear();
      sim.faults.clear();
      sim.requests.length = 0;
      this.releaseHangs();
    },
    addCurrency(input) {
      sim.state.currencies.push({ ...input });
      reserveId(sim.state, 'currency', input.id);
    },
    addLocation(input) {
      sim.state.locations.push({
        id: input.id,
        name: input.name,
        currencyId: input.currencyId,
        headquarter: input.headquarter,
        active: true,
        external_id: null,
        phoneOne: '+1 555 0100',
      });
      reserveId(sim.state, 'location', input.id);
    },
    addDepartment(input) {
      const record = {
        id: idFor('department', input.id),
        name: input.name,
        locationId: input.locationId,
        external_id: input.externalId,
        active: input.active,
        punchout_email: null,
      };
      sim.state.departments.push(record);
      return record;
    },
    addAccountCode(input) {
      const record = {
        id: idFor('accountCode', input.id),
        code: input.code,
        description: input.description,
        account_type: input.accountType,
        active: input.active,
        parent: null,
      };
      sim.state.accountCodes.push(record);
      return record;
    },
    addAccount(input) {
      const record = {
        id: idFor('account', input.id),
        accountCodeId: input.accountCodeId,
        departmentId: input.departmentId,
        active: input.active,
        budget: '0.00',
      };
      sim.state.accounts.push(record);
      return record;
    },
    addVendor: (input) => addSeedVendor(sim.state, sim.clock, input),
    addBill: (input) => addSeedBill(sim.state, sim.clock, input),
    approveBills: (uuids) => approveSubmitted(sim, uuids),
    addFault: (input) => sim.faults.add(parseFaultInput(input)),
    removeFault: (id) => sim.faults.remove(id),
    clearFaults: () => sim.faults.clear(),
    faults: () => sim.faults.list(),
    releaseHangs() {
      const held = [...sim.hangs];
      sim.hangs.clear();
      for (const release of held) release();
      return held.length;
    },
    requests: () => sim.requests,
    clearRequests: () => {
      sim.requests.length = 0;
    },
    expireTokens: (token) => sim.tokens.expire(token),
    revokeTokens: (token) => sim.tokens.revoke(token),
    clock: sim.clock,
    settings: () => ({ ...sim.settings }),
    updateSettings(patch) {
      Object.assign(sim.settings, patch);
      return { ...sim.settings };
    },
  };
}

export function emptyScenario(): ScenarioProcurify {
  return { currencies: [], locations: [], departments: [], accountCodes: [], accounts: [], vendors: [], bills: [] };
}
