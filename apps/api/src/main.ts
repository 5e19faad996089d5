import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { makeLogger } from './health/logging.js';
import { PluginLoadError } from './provinces/discover.js';

/** How long a stop may take: requests and jobs in flight get this long, then the process exits anyway. */
const SHUTDOWN_GRACE_MS = Number(process.env.SHUTDOWN_GRACE_MS ?? 9000);

const config = loadConfig();
const log = makeLogger(config.logLevel);
try {
  const app = await createApp(config);
  await app.listen(config.port);
  log.info(
    { port: config.port, database: config.databaseUrl ? 'postgres' : 'sqlite' },
    `thidua: http://localhost:${config.port}  (API /api, OpenAPI /api/docs, ${config.databaseUrl ? 'PostgreSQL' : `SQLite ${config.dataDir}`})`,
  );
  // SIGTERM (a redeploy, a stop) and SIGINT drain: the server stops accepting, in-flight requests and jobs finish,
  // Chromium and the database close. A second signal or the grace period ends the process whatever is pending.
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    log.info({ signal }, 'stopping: draining requests and jobs');
    setTimeout(() => {
      log.error(`still busy after ${SHUTDOWN_GRACE_MS} ms, exiting`);
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    app.close().then(
      () => {
        log.info('stopped');
        process.exit(0);
      },
      (e: unknown) => {
        log.error({ err: e }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
} catch (e) {
  if (e instanceof PluginLoadError || e instanceof ConfigError) {
    console.error(e.message);
    process.exit(78);
  }
  throw e;
}
