// At most one message per interval: the first event after a quiet interval goes out at once, the
// ones that follow wait for the window to end and go out together.

export type NotificationEvent =
  | {
      kind: 'record';
      recordType: string;
      recordId: string;
      /** `payment_status_drift`: a synced bill paid in one system and not the other. */
      status: 'failed' | 'needs_mapping' | 'payment_status_drift';
      message: string | null;
    }
  | { kind: 'credential'; system: 'procurify' | 'netsuite'; problem: string; code?: string };

export interface DigestMessage {
  source: 'ml-connector relay';
  sentAt: string;
  summary: string;
  records: Extract<NotificationEvent, { kind: 'record' }>[];
  credentials: Extract<NotificationEvent, { kind: 'credential' }>[];
}

export interface Digest {
  add(event: NotificationEvent): void;
  /** Sends what waits now (used on shutdown). */
  flush(): Promise<void>;
  stop(): void;
}

export function createDigest(options: {
  intervalMs: number;
  send: (message: DigestMessage) => Promise<void>;
  now?: () => number;
}): Digest {
  const now = options.now ?? Date.now;
  const waiting = new Map<string, NotificationEvent>();
  let lastSentAt: number | undefined;
  let timer: NodeJS.Timeout | undefined;

  async function flush(): Promise<void> {
    timer = undefined;
    if (waiting.size === 0) return;
    const events = [...waiting.values()];
    waiting.clear();
    lastSentAt = now();
    await options.send(toMessage(events, lastSentAt));
  }

  return {
    add(event) {
      // One entry per record (its latest state) and per system.
      const key = event.kind === 'record' ? `${event.recordType}/${event.recordId}` : `credential/${event.system}`;
      waiting.set(key, event);
      if (timer) return;
      const wait = lastSentAt === undefined ? 0 : Math.max(0, lastSentAt + options.intervalMs - now());
      timer = setTimeout(() => void flush().catch(() => undefined), wait);
      timer.unref();
    },
    flush: async () => {
      if (timer) clearTimeout(timer);
      await flush();
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}

function toMessage(events: NotificationEvent[], at: number): DigestMessage {
  const records = events.filter((event) => event.kind === 'record');
  const credentials = events.filter((event) => event.kind === 'credential');
  const count = (status: string) => records.filter((event) => event.status === status).length;
  const failed = count('failed');
  const unmapped = count('needs_mapping');
  const drift = count('payment_status_drift');
  const parts = [
    failed > 0 ? `${failed} record(s) failed` : '',
    unmapped > 0 ? `${unmapped} record(s) need a mapping` : '',
    drift > 0 ? `${drift} bill(s) paid in one system and not the other` : '',
    ...credentials.map(
      (event) =>
        `${event.system === 'procurify' ? 'Procurify' : 'NetSuite'} credentials stopped working${event.code ? ` (${event.code}; records wait)` : ''}`,
    ),
  ].filter(Boolean);
  return {
    source: 'ml-connector relay',
    sentAt: new Date(at).toISOString(),
    summary: parts.join('; '),
    records,
    credentials,
  };
}
