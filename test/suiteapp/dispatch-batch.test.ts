import { describe, expect, it } from 'vitest';
import { retryDelayMs } from '../../suiteapp/src/lib/backoff';
import { dispatchBatch } from '../../suiteapp/src/lib/dispatch-batch';
import { dueRowsQuery, planBatches } from '../../suiteapp/src/lib/outbox-row';
import { accepted, createFakeOutbox, pendingRows } from './fakes/fake-outbox';

describe('dispatcher batching', () => {
  it('sends 250 pending rows as 3 batches of at most 100 and marks all sent', () => {
    const rows = pendingRows(250);
    const outbox = createFakeOutbox(rows, (envelopes) => accepted(envelopes));
    const batches = planBatches(rows, 100);
    expect(batches.map((batch) => batch.length)).toEqual([100, 100, 50]);
    for (const batch of batches) dispatchBatch(batch, outbox.ports);
    expect(outbox.sentBatches).toEqual([100, 100, 50]);
    expect(outbox.withStatus('sent')).toBe(250);
  });

  it('refuses a batch size the relay would reject', () => {
    expect(() => planBatches([1, 2], 101)).toThrow('Batch size must be 1..100');
  });

  it('counts duplicates as delivered: the relay already has them', () => {
    const rows = pendingRows(3);
    const outbox = createFakeOutbox(rows, (envelopes) => accepted(envelopes, ['vendor-2-evt']));
    expect(dispatchBatch(rows, outbox.ports)).toMatchObject({ sent: 3, retrying: 0 });
  });
});

describe('marking sent only after a 202', () => {
  it.each([
    ['a 200 instead of a 202', { kind: 'answered', status: 200, body: '{"accepted":["vendor-1-evt"]}' }],
    ['a 202 whose body is not the acceptance list', { kind: 'answered', status: 202, body: 'ok' }],
    [
      'a 401 (wrong secret)',
      { kind: 'answered', status: 401, body: '{"error":{"code":"bad_signature","message":"x"}}' },
    ],
  ] as const)('keeps rows pending after %s', (_, answer) => {
    const rows = pendingRows(2);
    const outbox = createFakeOutbox(rows, () => answer);
    dispatchBatch(rows, outbox.ports);
    expect(outbox.withStatus('pending')).toBe(2);
    expect(outbox.withStatus('sent')).toBe(0);
  });

  it('keeps a row the 202 did not list, and retries it later', () => {
    const rows = pendingRows(2);
    const outbox = createFakeOutbox(rows, (envelopes) => accepted(envelopes.slice(0, 1)));
    expect(dispatchBatch(rows, outbox.ports)).toMatchObject({ sent: 1, retrying: 1 });
    expect(outbox.stored.get('2')).toMatchObject({ status: 'pending', attempts: 1 });
  });
});

describe('back-off when the relay is down', () => {
  it('keeps rows pending with an attempt count and a later next attempt when unreachable', () => {
    const rows = pendingRows(5);
    rows[0]!.attempts = 3;
    const outbox = createFakeOutbox(rows, () => ({ kind: 'unreachable', error: 'SSS_REQUEST_TIME_EXCEEDED' }));
    const tally = dispatchBatch(rows, outbox.ports);
    expect(tally).toMatchObject({ sent: 0, retrying: 5, lastError: 'relay unreachable: SSS_REQUEST_TIME_EXCEEDED' });
    expect(outbox.stored.get('1')).toMatchObject({ status: 'pending', attempts: 4 });
    expect(outbox.stored.get('1')!.nextAttempt!.getTime() - outbox.now.getTime()).toBe(8 * 60_000);
    expect(outbox.stored.get('2')!.nextAttempt!.getTime() - outbox.now.getTime()).toBe(60_000);
  });

  it('backs off on a 5xx and records the relay message', () => {
    const rows = pendingRows(1);
    const body = '{"error":{"code":"internal","message":"database locked","requestId":"r1"}}';
    const outbox = createFakeOutbox(rows, () => ({ kind: 'answered', status: 503, body }));
    dispatchBatch(rows, outbox.ports);
    expect(outbox.stored.get('1')).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: 'HTTP 503 internal: database locked',
    });
  });

  it('doubles the wait per attempt up to an hour', () => {
    expect([1, 2, 3, 6, 7, 30].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 1_920_000, 3_600_000, 3_600_000]);
  });
});

describe('rejected content', () => {
  it('isolates the one invalid envelope of a batch and lets the rest through', () => {
    const rows = pendingRows(8);
    const outbox = createFakeOutbox(rows, (envelopes) =>
      envelopes.some((envelope) => envelope.eventId === 'vendor-6-evt')
        ? { kind: 'answered', status: 400, body: '{"error":{"code":"invalid_event","message":"events[0].snapshot"}}' }
        : accepted(envelopes),
    );
    expect(dispatchBatch(rows, outbox.ports)).toMatchObject({ sent: 7, rejected: 1, retrying: 0 });
    expect(outbox.stored.get('6')).toMatchObject({
      status: 'rejected',
      lastError: 'HTTP 400 invalid_event: events[0].snapshot',
    });
  });
});

describe('governance', () => {
  it('does not start a batch it cannot finish marking, and leaves those rows for the next run', () => {
    const rows = pendingRows(100);
    const outbox = createFakeOutbox(rows, (envelopes) => accepted(envelopes), 150);
    expect(dispatchBatch(rows, outbox.ports)).toMatchObject({ sent: 0, deferred: 100 });
    expect(outbox.sentBatches).toEqual([]);
  });

  it('stops marking before the budget ends; unmarked rows are re-sent later and count as duplicates', () => {
    const rows = pendingRows(10);
    const outbox = createFakeOutbox(rows, (envelopes) => accepted(envelopes), 10 + 20 + 2 * 10);
    const realRemaining = outbox.ports.remainingUsage;
    let marks = 0;
    outbox.ports.remainingUsage = () => (marks++ >= 4 ? 0 : realRemaining());
    expect(dispatchBatch(rows, outbox.ports)).toMatchObject({ sent: 3, deferred: 7 });
    expect(outbox.withStatus('pending')).toBe(7);
  });
});

describe('due rows query', () => {
  it('selects pending rows whose next attempt has come, oldest first', () => {
    expect(dueRowsQuery('2026-11-20T15:00:00Z', 2000)).toBe(
      'SELECT id, custrecord_mlc_ob_attempts AS attempts, custrecord_mlc_ob_envelope AS envelope ' +
        "FROM customrecord_mlc_outbox WHERE custrecord_mlc_ob_status = 'pending' AND " +
        "(custrecord_mlc_ob_next_attempt IS NULL OR custrecord_mlc_ob_next_attempt <= '2026-11-20T15:00:00Z') " +
        'ORDER BY id FETCH FIRST 2000 ROWS ONLY',
    );
  });

  it('refuses anything but a plain ISO time, since the value is inlined', () => {
    expect(() => dueRowsQuery("2026' OR '1'='1", 10)).toThrow('Not an ISO time');
  });
});

describe('overlapping runs', () => {
  it('sends only the rows still due when another run has sent some since', () => {
    const rows = pendingRows(4);
    const outbox = createFakeOutbox(rows, (envelopes) => accepted(envelopes));
    outbox.stored.get('2')!.status = 'sent';
    outbox.ports.stillDue = (batch) => batch.filter((row) => outbox.stored.get(row.rowId)!.status === 'pending');
    expect(dispatchBatch(rows, outbox.ports)).toMatchObject({ sent: 3, skipped: 1 });
    expect(outbox.sentBatches).toEqual([3]);
  });

  it('sends as read when the budget does not cover the look again, leaving duplicates to the relay', () => {
    const rows = pendingRows(2);
    const outbox = createFakeOutbox(rows, (envelopes) => accepted(envelopes), 10 + 2 * 2 + 20);
    let looked = false;
    outbox.ports.stillDue = (batch) => {
      looked = true;
      return batch;
    };
    expect(dispatchBatch(rows, outbox.ports)).toMatchObject({ sent: 2, skipped: 0 });
    expect(looked).toBe(false);
  });
});
