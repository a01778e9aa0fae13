import { APP_ID, DEFAULT_SECRET_ID } from '../../../../suiteapp/src/lib/ids';

// What `mlc setup` tells the administrator to do in Procurify and NetSuite, word for word as the
// screens name things (docs/suiteapp-install.md has the same steps with how to check each).

export const PROCURIFY_CREDENTIALS = [
  'In Procurify, as a user allowed to manage integrations (a dedicated integration user is best):',
  '  Settings > Integrations > API > View, description "ml-connector", Create Application.',
  '  Copy the Client ID and the Client Secret now: Procurify shows the secret only once.',
];

export function apiSecretSteps(eventSecret: string): string[] {
  return [
    'Paste into NetSuite, before deploying the SuiteApp: Setup > Company > Preferences > API Secrets > New',
    `  ID:                     ${DEFAULT_SECRET_ID.replace(/^custsecret/, '')}`,
    `  Password (both boxes):  ${eventSecret}`,
    `  Available to SuiteApp:  ${APP_ID}`,
    '  (This is MLC_EVENT_SECRET from .env; it signs every event the SuiteApp sends to the relay.)',
  ];
}

export function netsuiteAccessSteps(certificatePath: string): string[] {
  return [
    'In NetSuite, once the SuiteApp is deployed (it ships the role "ml-connector relay"):',
    '  1. Setup > Integration > Manage Integrations > New: name "ml-connector relay", State Enabled,',
    '     check Client Credentials (Machine to Machine) Grant and the REST Web Services scope, uncheck',
    '     Token-based Authentication and Authorization Code Grant. Save; copy the Client ID.',
    '  2. Give the role "ml-connector relay" to the employee the relay acts as (its Access tab). In',
    '     Manage Roles > ml-connector relay > Permissions > Lists, add View on Departments, Locations,',
    '     Classes, Subsidiaries and Currency for each of those features the account has.',
    '  3. Setup > Integration > Manage Authentication > OAuth 2.0 Client Credentials (M2M) Setup >',
    '     Create New: that employee, the role and the application "ml-connector relay"; upload',
    `     ${certificatePath}`,
    '     Save; copy the Certificate ID.',
  ];
}

export function relayUrlSteps(relayUrl: string): string[] {
  return [
    'Paste into NetSuite, once the SuiteApp is deployed: Setup > Company > General Preferences >',
    'Custom Preferences, each of the three fields "ml-connector relay URL (record capture)",',
    '"(resync)" and "(dispatcher)":',
    `  ${relayUrl}`,
    'Leave the "ml-connector API secret id" fields at their default. Save.',
  ];
}
