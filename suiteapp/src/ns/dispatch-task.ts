// Asks the dispatcher map/reduce to run. NetSuite refuses to submit a deployment that is already
// queued or running (MAP_REDUCE_ALREADY_RUNNING): a queued run will read the new row anyway, and a
// running one hands over what arrived meanwhile in its summarize stage (handOverNewRows).
// https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_1510974473.html
import * as log from 'N/log';
import * as runtime from 'N/runtime';
import * as task from 'N/task';
import { handoverLookLimit, hasRowsToHandOver } from '../lib/dispatch-handover';
import { SCRIPTS } from '../lib/ids';
import { loadDueRowIds } from './outbox';

/** Submits the on-demand deployment (20 units); false when NetSuite refused it. */
export function requestDispatch(): boolean {
  try {
    task
      .create({
        taskType: task.TaskType.MAP_REDUCE,
        scriptId: SCRIPTS.dispatcher.scriptId,
        deploymentId: SCRIPTS.dispatcher.onDemandDeploymentId,
      })
      .submit();
    return true;
  } catch (error) {
    const named = error as { name?: string; message?: string };
    log.debug({ title: 'mlc dispatcher not submitted', details: `${named.name ?? ''} ${named.message ?? ''}` });
    return false;
  }
}

/**
 * Summarize stage: when a row is due that this run did not take (saved while the run went, or past
 * its back-off meanwhile), submit the next run now instead of leaving it to the 15-minute schedule
 * (10 units to look, 20 to submit). From the on-demand run itself this is a resubmit, which NetSuite
 * accepts and starts once the current run has finished
 * (https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_453639770507.html).
 */
export function handOverNewRows(taken: ReadonlySet<string>): void {
  const due = loadDueRowIds(new Date(), handoverLookLimit(taken));
  if (!hasRowsToHandOver(due, taken)) return;
  const waiting = `${due.filter((id) => !taken.has(id)).length} row(s) arrived or fell due during this run`;
  if (requestDispatch()) {
    log.audit({ title: 'mlc dispatcher handed over new rows', details: waiting });
  } else if (runtime.getCurrentScript().deploymentId === SCRIPTS.dispatcher.onDemandDeploymentId) {
    // Our own resubmit refused: the 15-minute schedule will take the rows.
    log.audit({ title: 'mlc dispatcher handover refused', details: waiting });
  } else {
    // The on-demand deployment is queued (it will read the rows) or running (it hands over itself).
    log.debug({ title: 'mlc dispatcher handover left to the on-demand run', details: waiting });
  }
}
