import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/database/data-source.js';
import { backup, restore } from '../../src/storage/backup.js';
import { fileStore } from '../../src/storage/file-store.js';
import { PDF, seedWorld, startApi, workflow } from '../harness.js';
import type { DataSource } from 'typeorm';

/** Rows per table (every entity's table, plus PostgreSQL's stored files), and every file a row names. */
async function snapshot(ds: DataSource) {
  const rows: Record<string, number> = {};
  const tables = ds.entityMetadatas.map((m) => m.tableName);
  if (ds.options.type === 'postgres') tables.push('stored_file');
  for (const t of tables) rows[t] = Number((await ds.query(`SELECT COUNT(*) AS n FROM "${t}"`))[0].n);
  const sha = async (t: string) =>
    ((await ds.query(`SELECT sha256 FROM "${t}" ORDER BY id`)) as { sha256: string }[]).map((r) => r.sha256.trim());
  return { rows, uploads: await sha('dossier_document'), generated: await sha('generated_document') };
}

describe('backup and restore', () => {
  it('a restored backup has every row and every file, checksums intact', async () => {
    const api = await startApi();
    const world = await seedWorld(api.ds);
    const flow = workflow(api);
    const n = await flow.draft({
      nomineeUnitId: world.tn.districts[0]!.id,
      nominatingUnitId: world.tn.districts[0]!.id,
    });
    const clerk = await api.as('tn.clerk');
    const one = Buffer.concat([PDF, Buffer.from('% một\n')]);
    const two = Buffer.concat([PDF, Buffer.from('% hai\n')]);
    expect(
      (await clerk.upload(`/api/nominations/${n.id}/documents`, { type: 'achievement-report' }, one, 'a.pdf')).status,
    ).toBe(201);
    expect((await clerk.upload(`/api/nominations/${n.id}/documents`, { type: 'other' }, two, 'b.pdf')).status).toBe(
      201,
    );
    const letter = await clerk.get(`/api/nominations/${n.id}/documents-generated/submission-letter?format=html`);
    expect(letter.status).toBe(200);
    const before = await snapshot(api.ds);
    expect(before.uploads).toHaveLength(2);
    expect(before.generated).toHaveLength(1);

    const folder = mkdtempSync(join(tmpdir(), 'thidua-backup-'));
    await backup(api.config, folder); // while the api runs
    await api.close();

    // Lose everything, then restore into an empty place.
    let config = api.config;
    if (config.databaseUrl) {
      const c = new pg.Client({ connectionString: config.databaseUrl });
      await c.connect();
      await c.query('DROP SCHEMA IF EXISTS thidua_jobs CASCADE; DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
      await c.end();
    } else config = { ...config, dataDir: mkdtempSync(join(tmpdir(), 'thidua-restored-')) };
    restore(config, folder);

    const ds = await openDatabase(config);
    try {
      const after = await snapshot(ds);
      expect(after).toEqual(before);
      for (const [sha, dir] of [
        ...after.uploads.map((s) => [s, 'documents'] as const),
        ...after.generated.map((s) => [s, 'generated'] as const),
      ]) {
        const bytes = await fileStore(ds, join(config.dataDir, dir)).get(sha);
        expect(bytes.length).toBeGreaterThan(0);
      }
      expect((await fileStore(ds, join(config.dataDir, 'documents')).get(before.uploads[1]!)).equals(two)).toBe(true);
    } finally {
      await ds.destroy();
    }
  }, 120_000);
});
