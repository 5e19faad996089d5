import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { AppConfig } from '../config.js';

const SQLITE = 'thidua.sqlite';
const PGDUMP = 'thidua.pgdump';
const isDatabaseFile = (path: string) => /thidua\.sqlite(-wal|-shm)?$/.test(path);

/**
 * A consistent copy of everything thidua keeps, into the folder `dest`, while the api runs.
 * PostgreSQL: `pg_dump` custom format (rows, stored files, the job queue). SQLite: SQLite's online backup of the
 * database file, then the data folder's files (uploads, generated documents, the generated secret).
 */
export async function backup(config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>, dest: string): Promise<void> {
  mkdirSync(dest, { recursive: true });
  if (config.databaseUrl) {
    execFileSync('pg_dump', ['--format=custom', '--no-owner', `--file=${join(dest, PGDUMP)}`, config.databaseUrl]);
    return;
  }
  // The database first, then the files: a file is written before the row naming it and never changes, so every
  // row of the copy finds its file.
  const db = new Database(join(config.dataDir, SQLITE), { fileMustExist: true });
  try {
    await db.backup(join(dest, SQLITE));
  } finally {
    db.close();
  }
  cpSync(config.dataDir, dest, { recursive: true, filter: (src) => !isDatabaseFile(src) });
}

/** Puts a backup made by `backup` back, replacing what is there. Stop the api first. */
export function restore(config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>, src: string): void {
  if (config.databaseUrl) {
    execFileSync('pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      `--dbname=${config.databaseUrl}`,
      join(src, PGDUMP),
    ]);
    return;
  }
  if (!existsSync(join(src, SQLITE))) throw new Error(`${src} holds no ${SQLITE}`);
  mkdirSync(config.dataDir, { recursive: true });
  for (const f of [SQLITE, `${SQLITE}-wal`, `${SQLITE}-shm`]) rmSync(join(config.dataDir, f), { force: true });
  cpSync(src, config.dataDir, { recursive: true });
}
