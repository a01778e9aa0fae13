// Asks the dispatcher map/reduce to run now. A deployment that is already queued or running
// refuses a second submit; that is fine, it will pick up the new row anyway (and the scheduled
// deployment is the backstop).
import * as log from 'N/log';
import * as task from 'N/task';
import { SCRIPTS } from '../lib/ids';

export function requestDispatch(): void {
  try {
    task
      .create({
        taskType: task.TaskType.MAP_REDUCE,
        scriptId: SCRIPTS.dispatcher.scriptId,
        deploymentId: SCRIPTS.dispatcher.onDemandDeploymentId,
      })
      .submit();
  } catch (error) {
    const named = error as { name?: string; message?: string };
    log.debug({ title: 'mlc dispatcher not submitted', details: `${named.name ?? ''} ${named.message ?? ''}` });
  }
}
