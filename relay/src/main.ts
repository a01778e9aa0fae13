import { ConfigError, loadConfig } from './config';
import { secretValues, withDevSecrets } from './config/dev-secrets';
import { environment } from './config/environment';
import { withMasterKeyFile } from './config/master-key-file';
import { createLogger } from './log/logger';
import { serveRelay } from './serve-relay';
import { DatabaseMissingError } from './store/database-file';
import { describeDatabaseError } from './store/database-error';

// Composition root: read the environment once, build the relay, serve, and stop cleanly.

/** After the drain deadline, how long closing the relay may take before the process gives up. */
const CLOSE_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const loaded = withDevSecrets(loadConfig(withMasterKeyFile(environment())));
  const config = loaded.config;
  const logger = createLogger({ level: config.logLevel, secrets: secretValues(config) });
  if (loaded.created) {
    logger.warn(
      { file: loaded.file },
      'generated development secrets (admin token, event secret, master key); set them in the environment for production',
    );
  }

  const served = await serveRelay(config, { logger });
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, drainTimeoutMs: config.http.drainTimeoutMs }, 'draining, then shutting down');
    // Only if closing itself hangs: the drain cuts slow clients at its deadline, so this is a bug's exit.
    const force = setTimeout(() => logger.flush(() => process.exit(1)), config.http.drainTimeoutMs + CLOSE_GRACE_MS);
    force.unref();
    void served.close().then(() => {
      logger.info('stopped');
      logger.flush(() => process.exit(0));
    });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  // After the handlers: a stop during a slow first reference refresh still shuts down cleanly.
  await served.relay.start();
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(78);
  }
  process.stderr.write(`relay failed to start: ${describeDatabaseError(error)}\n`);
  process.exit(error instanceof DatabaseMissingError ? 78 : 1);
});
