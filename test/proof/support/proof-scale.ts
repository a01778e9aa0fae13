import { environment } from '../../../relay/src/config/environment';

// One switch for the size of the proof suites: small in `npm test` (CI), the full size from
// `npm run test:soak` (MLC_PROOF_SCALE=full).

export interface ProofScale {
  full: boolean;
  /** Mixed vendor and bill events sent during the crash run. */
  crashEvents: number;
  /** SIGKILLs during the crash run. */
  crashKills: number;
  /** fast-check runs per hostile-input property. */
  propertyRuns: number;
  /** Vendors and bills saved through the compiled SuiteApp in the dispatcher run (over 100: several batches). */
  dispatcherVendors: number;
  dispatcherBills: number;
  /** Two-line bills sent under an unannounced rate limit of 2 requests per second. */
  rateLimitedBills: number;
  /** 429s in each storm of the fault matrix. */
  stormSize: number;
}

export function proofScale(): ProofScale {
  const full = environment().MLC_PROOF_SCALE === 'full';
  return full
    ? {
        full,
        crashEvents: 2000,
        crashKills: 12,
        propertyRuns: 200,
        dispatcherVendors: 450,
        dispatcherBills: 600,
        rateLimitedBills: 20,
        stormSize: 25,
      }
    : {
        full,
        crashEvents: 150,
        crashKills: 4,
        propertyRuns: 40,
        dispatcherVendors: 110,
        dispatcherBills: 20,
        rateLimitedBills: 10,
        stormSize: 8,
      };
}
