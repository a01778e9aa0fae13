import type { Command } from './command';
import { auditAnchorCommand, auditVerifyCommand } from './commands/audit-verify';
import { backfillCommand } from './commands/backfill';
import { credentialsSetCommand } from './commands/credentials-set';
import { demoCommand } from './commands/demo';
import { doctorCommand } from './commands/doctor';
import { initCommand } from './commands/init';
import { mappingsExportCommand, mappingsImportCommand } from './commands/mappings';
import { netsuiteKeygenCommand } from './commands/netsuite-keygen';
import { reconcileCommand } from './commands/reconcile';
import { recordsCommand } from './commands/records';
import { replayCommand } from './commands/replay';
import { rotateKeyCommand } from './commands/rotate-key';
import { serveCommand } from './commands/serve';
import { usersAddCommand, usersListCommand, usersRemoveCommand } from './commands/users';

/** Every `mlc` command, in the order `mlc --help` lists them. */
export const COMMANDS: readonly Command[] = [
  initCommand,
  serveCommand,
  demoCommand,
  doctorCommand,
  credentialsSetCommand,
  rotateKeyCommand,
  netsuiteKeygenCommand,
  backfillCommand,
  recordsCommand,
  replayCommand,
  reconcileCommand,
  mappingsExportCommand,
  mappingsImportCommand,
  auditVerifyCommand,
  auditAnchorCommand,
  usersAddCommand,
  usersListCommand,
  usersRemoveCommand,
];
