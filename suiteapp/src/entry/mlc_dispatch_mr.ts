/**
 * ml-connector: sends pending outbox rows to the relay in signed batches of up to 100, marks them
 * sent only once acknowledged, and backs off while the relay is unreachable.
 * @NApiVersion 2.1
 * @NScriptType MapReduceScript
 * @NModuleScope SameAccount
 */

import type { EntryPoints } from 'N/types';
import * as log from 'N/log';
import { dispatchBatch } from '../lib/dispatch-batch';
import { PARAMS } from '../lib/ids';
import { planBatches, type OutboxRow } from '../lib/outbox-row';
import { loadDueRows, markRowRejected, markRowRetry, markRowSent } from '../ns/outbox';
import { createRelayClient } from '../ns/relay-client';
import { readRelaySettings, remainingUsage } from '../ns/script-settings';

/** One run takes at most this many rows; the rest wait for the next run (every 15 minutes at most). */
const ROWS_PER_RUN = 2000;

export const config = { retryCount: 0, exitOnError: false };

export const getInputData: EntryPoints.MapReduce.getInputData = () => {
  const due = loadDueRows(new Date(), ROWS_PER_RUN);
  for (const bad of due.unreadable) markRowRejected(bad.rowId, bad.error);
  return planBatches(due.rows, 100);
};

export const map: EntryPoints.MapReduce.map = (context) => {
  const rows = JSON.parse(context.value) as OutboxRow[];
  const client = createRelayClient(readRelaySettings(PARAMS.dispatcher));
  const tally = dispatchBatch(rows, {
    send: (envelopes) => client.postEvents(envelopes),
    markSent: (row, at) => markRowSent(row.rowId, at),
    markRetry: (row, attempts, nextAttempt, error) => markRowRetry(row.rowId, attempts, nextAttempt, error),
    markRejected: (row, error) => markRowRejected(row.rowId, error),
    remainingUsage,
    now: () => new Date(),
  });
  const level = tally.retrying + tally.rejected > 0 ? 'audit' : 'debug';
  log[level]({ title: 'mlc dispatch batch', details: JSON.stringify(tally) });
};

export const summarize: EntryPoints.MapReduce.summarize = (summary) => {
  if (summary.inputSummary.error) log.error({ title: 'mlc dispatcher input', details: summary.inputSummary.error });
  summary.mapSummary.errors.iterator().each((key, error) => {
    log.error({ title: `mlc dispatcher batch ${key}`, details: error });
    return true;
  });
};
