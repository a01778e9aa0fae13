/**
 * ml-connector: sends pending outbox rows to the relay in signed batches of up to 100, marks them
 * sent only once acknowledged, backs off while the relay is unreachable, and hands over rows that
 * arrived while it ran to the next run at once.
 * @NApiVersion 2.1
 * @NScriptType MapReduceScript
 * @NModuleScope SameAccount
 */

import type { EntryPoints } from 'N/types';
import * as log from 'N/log';
import { dispatchBatch } from '../lib/dispatch-batch';
import { keyedBatches, takenRowIds } from '../lib/dispatch-handover';
import { PARAMS } from '../lib/ids';
import type { OutboxRow } from '../lib/outbox-row';
import { handOverNewRows } from '../ns/dispatch-task';
import { keepStillDue, loadDueRows, markRowRejected, markRowRetry, markRowSent } from '../ns/outbox';
import { createRelayClient } from '../ns/relay-client';
import { readRelaySettings, remainingUsage } from '../ns/script-settings';

/** One run takes at most this many rows; summarize hands the rest to the next run. */
const ROWS_PER_RUN = 2000;

export const config = { retryCount: 0, exitOnError: false };

export const getInputData: EntryPoints.MapReduce.getInputData = () => {
  const due = loadDueRows(new Date(), ROWS_PER_RUN);
  for (const bad of due.unreadable) markRowRejected(bad.rowId, bad.error);
  // Keyed by the batch's row ids, so summarize knows which rows this run took.
  return keyedBatches(due.rows, 100);
};

export const map: EntryPoints.MapReduce.map = (context) => {
  const rows = JSON.parse(context.value) as OutboxRow[];
  const client = createRelayClient(readRelaySettings(PARAMS.dispatcher));
  const tally = dispatchBatch(rows, {
    send: (envelopes) => client.postEvents(envelopes),
    markSent: (row, at) => markRowSent(row.rowId, at),
    markRetry: (row, attempts, nextAttempt, error) => markRowRetry(row.rowId, attempts, nextAttempt, error),
    markRejected: (row, error) => markRowRejected(row.rowId, error),
    stillDue: (batch) => keepStillDue(batch, new Date()),
    remainingUsage,
    now: () => new Date(),
  });
  const level = tally.retrying + tally.rejected > 0 ? 'audit' : 'debug';
  log[level]({ title: 'mlc dispatch batch', details: JSON.stringify(tally) });
};

export const summarize: EntryPoints.MapReduce.summarize = (summary) => {
  summary.mapSummary.errors.iterator().each((key, error) => {
    log.error({ title: `mlc dispatcher batch ${key.slice(0, 60)}`, details: error });
    return true;
  });
  if (summary.inputSummary.error) {
    // Nothing was taken; the schedule tries again (handing over now could loop on the same failure).
    log.error({ title: 'mlc dispatcher input', details: summary.inputSummary.error });
    return;
  }
  const keys: string[] = [];
  summary.mapSummary.keys.iterator().each((key) => {
    keys.push(key);
    return true;
  });
  handOverNewRows(takenRowIds(keys));
};
