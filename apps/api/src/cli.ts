import 'reflect-metadata';
import { Clock } from './common/clock.js';
import { loadConfig } from './config.js';
import { openDatabase } from './database/data-source.js';
import { loadDemoData } from './demo/demo-data.js';
import { discoverProvinces } from './plugins/discover.js';

/** `node dist/cli.js migrate` runs pending migrations; `seed` loads the demo data into an empty database. */
const command = process.argv[2];
const config = loadConfig();
const ds = await openDatabase(config); // runs migrations
try {
  if (command === 'migrate') console.log('Migrations are up to date.');
  else if (command === 'seed') {
    const provinces = await discoverProvinces(config.provincesDir);
    const loaded = await loadDemoData(
      ds,
      provinces.map((p) => p.manifest),
      { onlyIfEmpty: true, today: new Clock(config.today).today() },
    );
    console.log(
      loaded
        ? `Demo data loaded for ${provinces.length} provinces.`
        : 'The database already has units: demo data not loaded.',
    );
  } else {
    console.error('usage: node dist/cli.js migrate|seed');
    process.exitCode = 2;
  }
} finally {
  await ds.destroy();
}
