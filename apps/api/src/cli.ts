import 'reflect-metadata';
import { Clock } from './common/clock.js';
import { loadConfig } from './config.js';
import { openDatabase } from './database/data-source.js';
import { loadDemoData } from './demo/demo-data.js';
import { discoverProvinces } from './provinces/discover.js';
import { backup, restore } from './storage/backup.js';
import { uploadedFileStore } from './storage/file-store.js';

/**
 * `node dist/cli.js migrate` runs pending migrations; `seed` loads the demo data into an empty database;
 * `backup <folder>` copies the database and files while the api runs; `restore <folder>` puts them back.
 */
const command = process.argv[2];
const config = loadConfig();
if (command === 'backup' || command === 'restore') {
  const folder = process.argv[3];
  if (!folder) {
    console.error(`usage: node dist/cli.js ${command} <folder>`);
    process.exit(2);
  }
  if (command === 'backup') await backup(config, folder);
  else restore(config, folder);
  console.log(`${command === 'backup' ? 'Backed up to' : 'Restored from'} ${folder}.`);
  process.exit(0);
}
const ds = await openDatabase(config); // runs migrations
try {
  if (command === 'migrate') console.log('Migrations are up to date.');
  else if (command === 'seed') {
    const provinces = await discoverProvinces(config.provincesDir);
    const loaded = await loadDemoData(
      ds,
      provinces.map((p) => p.manifest),
      {
        onlyIfEmpty: true,
        today: new Clock(config.today).today(),
        files: uploadedFileStore(ds, config.dataDir),
      },
    );
    console.log(
      loaded
        ? `Demo data loaded for ${provinces.length} provinces.`
        : 'The database already has units: demo data not loaded.',
    );
  } else {
    console.error('usage: node dist/cli.js migrate|seed|backup <folder>|restore <folder>');
    process.exitCode = 2;
  }
} finally {
  await ds.destroy();
}
