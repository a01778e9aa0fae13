import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  acquireDatabaseLock,
  DatabaseLockedError,
  isProvablyGone,
  type LockHolder,
} from '../../../relay/src/store/database-lock';
import { tempDir } from '../../helpers/temp-dir';

/** The pid of a process that has exited (and been reaped). */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

describe('the database lock', () => {
  it('is taken once: a second taker is refused, naming the holder; released, it can be taken again', () => {
    const file = path.join(tempDir(), 'mlc.db');
    const lock = acquireDatabaseLock(file);
    expect(() => acquireDatabaseLock(file)).toThrow(`pid ${process.pid} on ${hostname()}`);
    lock.release();
    acquireDatabaseLock(file).release();
  });

  it('takes over a lock only when its holder is provably gone', () => {
    const file = path.join(tempDir(), 'mlc.db');
    const gone = { pid: deadPid(), host: hostname(), startedAt: '2026-01-01T00:00:00.000Z' };
    writeFileSync(`${file}.lock`, JSON.stringify(gone));
    const lock = acquireDatabaseLock(file);
    expect(lock.tookOverFrom).toMatchObject({ pid: gone.pid });
    lock.release();
  });

  it.each<[string, () => LockHolder, boolean]>([
    ['a live process on this host', () => ({ pid: process.pid, host: hostname(), startedAt: 'x' }), false],
    ['a pid on another host', () => ({ pid: deadPid(), host: 'another-host', startedAt: 'x' }), false],
    ['a dead pid on this host', () => ({ pid: deadPid(), host: hostname(), startedAt: 'x' }), true],
    [
      'a holder from before the last reboot',
      () => ({ pid: process.pid, host: hostname(), startedAt: 'x', bootId: 'old-boot' }),
      true,
    ],
  ])('calls %s gone: %s', (_name, holder, gone) => {
    const held = holder();
    // Without a boot id to compare (not Linux), only the pid can tell.
    if (held.bootId && !bootIdAvailable()) return;
    expect(isProvablyGone(held)).toBe(gone);
  });

  it('refuses an unreadable lock file rather than guess', () => {
    const file = path.join(tempDir(), 'mlc.db');
    writeFileSync(`${file}.lock`, 'not json');
    expect(() => acquireDatabaseLock(file)).toThrow(DatabaseLockedError);
    expect(() => acquireDatabaseLock(file)).toThrow('cannot be read');
  });
});

function bootIdAvailable(): boolean {
  try {
    return existsSync('/proc/sys/kernel/random/boot_id');
  } catch {
    return false;
  }
}
