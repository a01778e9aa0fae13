import type { RecordType } from '../../../../suiteapp/src/lib/snapshot-types';
import type { Job } from '../worker';
import type { JobDeps } from './job-deps';
import { executeRecordPlan, planRecord } from './record-plan';
import { createWorldReads } from './world-reader';

/** The worker's job for every record type: read the world, plan, carry the plan out against Procurify. */
export function createRecordJobs(deps: JobDeps): Record<RecordType, Job> {
  const reads = createWorldReads(deps);
  const job: Job = async (record, context) => {
    const planned = await planRecord({ ...deps, reads }, record);
    return executeRecordPlan({ ...deps, reads }, planned, context);
  };
  return { vendor: job, vendorbill: job, purchaseorder: job };
}
