// Names the SuiteApp shares with the relay (docs/architecture.md "SuiteApp"): the app id, script and parameter ids, relay
// paths. The sync-state record's ids are in sync-state-record.ts.

export const APP_ID = 'com.mlconnector.procurify';

export type { RecordType } from './snapshot-types';

/** Script, deployment, parameter and secret ids of the SDF objects in suiteapp/Objects. */
export const SCRIPTS = {
  recordUserEvent: { scriptId: 'customscript_mlc_record_ue' },
  resyncClient: {
    scriptId: 'customscript_mlc_resync_cs',
    /** Absolute FileCabinet path, as in the clientscript object's <scriptfile>: SDF warns on relative ones. */
    modulePath: `/SuiteApps/${APP_ID}/entry/mlc_resync_cs.js`,
  },
  resyncSuitelet: { scriptId: 'customscript_mlc_resync_sl', deploymentId: 'customdeploy_mlc_resync_sl' },
  dispatcher: {
    scriptId: 'customscript_mlc_dispatch_mr',
    /** Not scheduled: the user event submits it after writing the outbox. */
    onDemandDeploymentId: 'customdeploy_mlc_dispatch_mr',
    scheduledDeploymentId: 'customdeploy_mlc_dispatch_mr_15m',
  },
} as const;

/** Script parameter ids: each script has its own (NetSuite ids are unique per account). */
export const PARAMS = {
  userEvent: {
    relayUrl: 'custscript_mlc_ue_relay_url',
    secretId: 'custscript_mlc_ue_secret_id',
    mode: 'custscript_mlc_ue_mode',
  },
  suitelet: { relayUrl: 'custscript_mlc_sl_relay_url', secretId: 'custscript_mlc_sl_secret_id' },
  dispatcher: { relayUrl: 'custscript_mlc_mr_relay_url', secretId: 'custscript_mlc_mr_secret_id' },
} as const;

export const DEFAULT_SECRET_ID = 'custsecret_mlc_event_secret';

/** Relay paths (docs/architecture.md "SuiteApp → relay: events"). */
export const RELAY_PATHS = {
  events: '/v1/netsuite/events',
} as const;
