import { serve } from '@hono/node-server';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';
import { secretValues, withDevSecrets } from './config/dev-secrets';
import { environment } from './config/environment';
import { databaseCheck, netsuiteSettingsCheck, procurifySettingsCheck } from './health/readiness';
import { createLogger } from './log/logger';
import { migrateDatabase, openDatabase } from './store/database';

// Composition root: read the environment once, open and migrate the database, serve, and stop cleanly.

const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const loaded = withDevSecrets(loadConfig(environment()));
  const config = loaded.config;
  const logger = createLogger({ level: config.logLevel, secrets: secretValues(config) });
  if (loaded.created) {
    logger.warn(
      { file: loaded.file },
      'generated development secrets (admin token, event secret, master key); set them in the environment for production',
    );
  }

  const database = await openDatabase(config.database);
  await migrateDatabase(database);

  const app = createApp(config, {
    database,
    logger,
    readiness: {
      database: databaseCheck(database),
      netsuite: netsuiteSettingsCheck(config),
      procurify: procurifySettingsCheck(config),
    },
  });
  const server = serve({ fetch: app.fetch, port: config.http.port, hostname: config.http.host }, (info) => {
    logger.info({ port: info.port, database: redactUrl(config.database.url) }, 'relay listening');
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS);
    force.unref();
    server.close(() => {
      database.close();
      logger.info('stopped');
      process.exit(0);
    });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

/** A database URL may carry credentials in its user info; keep only scheme, host and path. */
function redactUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//[redacted]@');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(78);
  }
  process.stderr.write(`relay failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
