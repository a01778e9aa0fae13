import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { systemClock, type Clock } from '../time/clock';

// One relay per embedded database file. Two relays on one file would each think they are the only
// worker there, free each other's leases and work one record twice. The lock is a file beside the
// database, created with O_EXCL, naming its holder; it is taken over only when that holder is
// provably gone: same host and its pid no longer exists, or the host has rebooted since.

export interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
  /** The kernel's boot id when the holder started (Linux), so a reboot frees the lock. */
  bootId?: string;
}

export class DatabaseLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly holder: LockHolder | undefined,
  ) {
    super(
      holder
        ? `Another relay is running on this database: pid ${holder.pid} on ${holder.host}, started ${holder.startedAt} ` +
            `(lock file ${lockFile}). Stop it first; one relay per embedded database file.`
        : `The database lock file ${lockFile} exists but cannot be read, so the relay cannot tell whether its holder ` +
            'is still running. Make sure no other relay uses this database, then delete the lock file.',
    );
    this.name = 'DatabaseLockedError';
  }
}

export interface DatabaseLock {
  readonly file: string;
  /** A holder that was provably gone and whose lock was taken over (its leases are orphans). */
  readonly tookOverFrom: LockHolder | undefined;
  release(): void;
}

export function acquireDatabaseLock(databaseFile: string, clock: Clock = systemClock): DatabaseLock {
  const file = `${databaseFile}.lock`;
  const me: LockHolder = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date(clock.now()).toISOString(),
    bootId: bootId(),
  };
  let tookOverFrom: LockHolder | undefined;
  for (let attempt = 0; ; attempt += 1) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      try {
        writeSync(fd, `${JSON.stringify(me)}\n`);
      } finally {
        closeSync(fd);
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw lockError(error, file);
      const holder = readHolder(file);
      if (!holder || !isProvablyGone(holder)) throw new DatabaseLockedError(file, holder);
      tookOverFrom = holder;
      removeIfStill(file, holder);
    }
  }
  let released = false;
  return {
    file,
    tookOverFrom,
    release() {
      if (released) return;
      released = true;
      removeIfStill(file, me);
    },
  };
}

/** Gone for certain: on this host with no such process, or recorded before this host last booted. */
export function isProvablyGone(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return false;
  const currentBoot = bootId();
  if (holder.bootId && currentBoot && holder.bootId !== currentBoot) return true;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists under another user.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function readHolder(file: string): LockHolder | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockHolder>;
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return undefined;
    return { pid: parsed.pid, host: parsed.host, startedAt: String(parsed.startedAt), bootId: parsed.bootId };
  } catch {
    return undefined;
  }
}

/** Removes the lock only while it still names this holder (never someone else's newer lock). */
function removeIfStill(file: string, holder: LockHolder): void {
  const current = readHolder(file);
  if (current && current.pid === holder.pid && current.host === holder.host && current.startedAt === holder.startedAt) {
    try {
      unlinkSync(file);
    } catch {
      // Already gone.
    }
  }
}

function lockError(error: unknown, file: string): Error {
  if ((error as NodeJS.ErrnoException).code === 'EEXIST') return new DatabaseLockedError(file, readHolder(file));
  return new Error(`cannot create the database lock file ${file}: ${(error as Error).message}`);
}

function bootId(): string | undefined {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return undefined;
  }
}
