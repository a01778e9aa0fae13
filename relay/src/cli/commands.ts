import type { CommandEntry } from './command-entry';

/**
 * Every `mlc` command, in the order `mlc --help` lists them: its name and summary (the same as in its
 * module), and the module to load when it runs. Loading nothing else keeps each command's start-up to
 * what it uses. A command whose module imports nothing heavy may also be listed as it is.
 */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'init',
    summary: 'create the data directory, a master key file (0600) and an .env from .env.example',
    load: async () => (await import('./commands/init')).initCommand,
  },
  {
    name: 'setup',
    summary: 'guided setup: asks for both systems’ details, checks each step, says what to paste where',
    load: async () => (await import('./commands/setup')).setupCommand,
  },
  {
    name: 'serve',
    summary: 'run the relay (HTTP API, admin pages, sync worker) until Ctrl-C',
    load: async () => (await import('./commands/serve')).serveCommand,
  },
  {
    name: 'demo',
    summary: 'run both simulators, the relay and the SuiteApp with the three-plant scenario',
    load: async () => (await import('./commands/demo')).demoCommand,
  },
  {
    name: 'doctor',
    summary: 'check both connections (tokens, access, SuiteQL) and print the mapping fit report',
    load: async () => (await import('./commands/doctor')).doctorCommand,
  },
  {
    name: 'credentials set',
    summary: 'seal Procurify or NetSuite credentials into the database (secrets from stdin or a file)',
    load: async () => (await import('./commands/credentials-set')).credentialsSetCommand,
  },
  {
    name: 'rotate-key',
    summary: 're-seal the stored credentials under a new master key',
    load: async () => (await import('./commands/rotate-key')).rotateKeyCommand,
  },
  {
    name: 'netsuite keygen',
    summary: 'make the EC key pair and self-signed certificate for NetSuite OAuth 2.0 M2M',
    load: async () => (await import('./commands/netsuite-keygen')).netsuiteKeygenCommand,
  },
  {
    name: 'backfill',
    summary: 'sync every NetSuite record changed since a date, with a progress bar',
    load: async () => (await import('./commands/backfill')).backfillCommand,
  },
  {
    name: 'records',
    summary: 'list synced records, filtered by state and type, or show one with its history',
    load: async () => (await import('./commands/records')).recordsCommand,
  },
  {
    name: 'replay',
    summary: 'read a record from NetSuite again and process it (one record, or every record in a state)',
    load: async () => (await import('./commands/replay')).replayCommand,
  },
  {
    name: 'reference refresh',
    summary: 'read Procurify’s and NetSuite’s reference data now (after adding an account code or department)',
    load: async () => (await import('./commands/reference')).referenceRefreshCommand,
  },
  {
    name: 'reconcile',
    summary: 'month-end reconciliation of bills and vendors between NetSuite and Procurify',
    load: async () => (await import('./commands/reconcile')).reconcileCommand,
  },
  {
    name: 'mappings export',
    summary: 'write the manual mappings (and, with --gaps, what does not map yet) as CSV',
    load: async () => (await import('./commands/mappings')).mappingsExportCommand,
  },
  {
    name: 'mappings import',
    summary: 'apply manual mappings from a CSV file (as `mlc mappings export` writes it); `-` reads standard input',
    load: async () => (await import('./commands/mappings')).mappingsImportCommand,
  },
  {
    name: 'audit verify',
    summary: 'check the audit trail’s keyed hash chain (and an exported anchor): exit 1 if it was tampered with',
    load: async () => (await import('./commands/audit-verify')).auditVerifyCommand,
  },
  {
    name: 'audit anchor',
    summary: 'export the audit chain’s anchor (newest entry and hash) to keep outside the relay',
    load: async () => (await import('./commands/audit-verify')).auditAnchorCommand,
  },
  {
    name: 'users add',
    summary: 'give a person their own token and role; their actions are audited under their name',
    load: async () => (await import('./commands/users')).usersAddCommand,
  },
  {
    name: 'users list',
    summary: 'list the people with access, their roles and who added them',
    load: async () => (await import('./commands/users')).usersListCommand,
  },
  {
    name: 'users remove',
    summary: 'remove a person’s access (token and sessions); their audit entries stay',
    load: async () => (await import('./commands/users')).usersRemoveCommand,
  },
];
