import { secretValues, withDevSecrets } from '../../config/dev-secrets';
import type { Command } from '../command';
import { DatabaseMissingError } from '../../store/database-file';
import { DatabaseLockedError } from '../../store/database-lock';
import { CliError, configError, EXIT, usageError } from '../errors';
import { loadCliConfig } from '../settings';

/** After the drain deadline, how long closing the relay may take before the process gives up. */
const CLOSE_GRACE_MS = 10_000;

/** `mlc serve`: the relay, as `npm start` runs it, with settings from .env and the master key file too. */
export const serveCommand: Command = {
  name: 'serve',
  summary: 'run the relay (HTTP API, admin pages, sync worker) until Ctrl-C',
  help: `Usage: mlc serve [--port N]

  --port N     listen on this port (default MLC_PORT, 8787; 0 picks a free one)

Settings come from the environment, ./.env and <data dir>/master.key (see \`mlc init\`).
Outside production, missing secrets are generated into <data dir>/dev-secrets.json.`,
  options: { port: { type: 'string' } },
  async run(args, context) {
    const port = args.values.port === undefined ? undefined : Number(args.values.port);
    if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
      throw usageError('--port must be a whole number from 0 to 65535.');
    }
    const loaded = withDevSecrets(loadCliConfig(context));
    const config = loaded.config;
    // The whole relay loads here, not at start-up: `mlc --help` and the other commands skip it.
    const [{ createLogger }, { serveRelay }] = await Promise.all([
      import('../../log/logger'),
      import('../../serve-relay'),
    ]);
    const logger = createLogger({ level: config.logLevel, secrets: secretValues(config) });
    if (loaded.created)
      logger.warn({ file: loaded.file }, 'generated development secrets (admin token, event secret, master key)');

    const served = await serveRelay(config, {
      logger,
      port: port ?? config.http.port,
      onListenError: (error) => new CliError(`cannot listen on port ${port ?? config.http.port}: ${error.message}`),
    }).catch((error: unknown) => {
      if (error instanceof DatabaseMissingError) throw configError(error.message);
      if (error instanceof DatabaseLockedError) throw new CliError(error.message);
      throw error;
    });
    await served.relay.start();

    const signal = await context.stopSignal;
    logger.info({ signal, drainTimeoutMs: config.http.drainTimeoutMs }, 'draining, then shutting down');
    const force = setTimeout(() => process.exit(EXIT.failure), config.http.drainTimeoutMs + CLOSE_GRACE_MS);
    force.unref();
    await served.close();
    logger.info('stopped');
    await new Promise<void>((resolve) => logger.flush(() => resolve()));
    return EXIT.ok;
  },
};
