// Which version of a NetSuite record wins (docs/architecture.md "Versions and no-op changes"):
// pure decisions, so the inbox only stores what they say.

export interface Version {
  /** snapshot.lastModified; null for a delete. */
  lastModified: string | null;
  occurredAt: string;
}

export interface KnownVersion extends Version {
  /** Content address of the version (see content-hash.ts); null for a delete. */
  contentHash: string | null;
}

/**
 * What an accepted event does to its record: `applied` (it becomes the latest version, to be
 * processed), `unchanged` (newer, but its content is the latest version's: nothing to do) or
 * `stale` (older than the version known).
 */
export type Disposition = 'applied' | 'unchanged' | 'stale';

/**
 * Order by snapshot.lastModified, then occurredAt. Two snapshots with the same lastModified are the
 * same version of the record (an event and a poll of one save), whenever they were emitted;
 * occurredAt orders only what has no snapshot (a delete).
 */
export function compareVersions(a: Version, b: Version): number {
  const primary = Date.parse(a.lastModified ?? a.occurredAt) - Date.parse(b.lastModified ?? b.occurredAt);
  if (primary !== 0) return primary;
  if (a.lastModified !== null && b.lastModified !== null) return 0;
  return Date.parse(a.occurredAt) - Date.parse(b.occurredAt);
}

/**
 * A newer version applies unless its content equals the latest version known; a resync always
 * processes the version it carries (the user asked for it); an older version is stale.
 */
export function dispositionOf(
  incoming: KnownVersion & { action: string },
  current: KnownVersion | undefined,
): Disposition {
  if (!current) return 'applied';
  const order = compareVersions(incoming, current);
  if (incoming.action === 'resync') return order >= 0 ? 'applied' : 'stale';
  if (order <= 0) return 'stale';
  return incoming.contentHash !== null && incoming.contentHash === current.contentHash ? 'unchanged' : 'applied';
}
