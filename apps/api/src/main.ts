import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { PluginLoadError } from './plugins/discover.js';

const config = loadConfig();
try {
  const app = await createApp(config);
  await app.listen(config.port);
  console.log(
    `thidua: http://localhost:${config.port}  (API /api, OpenAPI /api/docs, ${config.databaseUrl ? 'PostgreSQL' : `SQLite ${config.dataDir}`})`,
  );
} catch (e) {
  if (e instanceof PluginLoadError || e instanceof ConfigError) {
    console.error(e.message);
    process.exit(78);
  }
  throw e;
}
