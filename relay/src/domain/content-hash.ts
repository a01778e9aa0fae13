import { createHash } from 'node:crypto';
import { stringify } from 'safe-stable-stringify';

// Content addresses (docs/architecture.md "Versions and no-op changes"): a NetSuite version is identified by
// what it says, not by when it was saved. Keys are sorted so that two senders (the SuiteApp and the
// poller) that build the same snapshot in a different key order give the same hash.

/** SHA-256 of the canonical JSON of `value` (keys sorted, undefined left out), lower-case hex. */
export function contentHash(value: unknown): string {
  return createHash('sha256')
    .update(stringify(value) ?? 'null')
    .digest('hex');
}

/**
 * The hash of a snapshot's content: everything but `lastModified`, which moves on every save even
 * when nothing we sync changed (a memo nobody syncs, a re-save, a workflow touching the record).
 */
export function snapshotContentHash<T extends { lastModified?: unknown }>(snapshot: T | null): string | null {
  if (snapshot === null) return null;
  const { lastModified: _ignored, ...content } = snapshot;
  return contentHash(content);
}
