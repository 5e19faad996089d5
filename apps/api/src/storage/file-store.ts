import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';

/** Where the bytes of uploads and generated documents live, by their sha256 (rows keep only the checksum). */
export interface FileStore {
  /** Stores the bytes under their checksum; storing the same bytes again is a no-op. */
  put(bytes: Buffer): Promise<string>;
  /** The bytes with this checksum, verified: a file whose bytes no longer match is refused, not served. */
  get(sha256: string): Promise<Buffer>;
}

/** Injection tokens: uploaded dossier documents, and documents the platform generated. */
export const UPLOADED_FILES = 'thidua:uploaded-files';
export const GENERATED_FILES = 'thidua:generated-files';

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function verified(sha256: string, bytes: Buffer): Buffer {
  if (sha256Of(bytes) !== sha256) throw new Error(`stored file ${sha256} is damaged (checksum mismatch)`);
  return bytes;
}

/** A folder of the data directory (the embedded default: one process, one disk). */
export class FolderFileStore implements FileStore {
  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  async put(bytes: Buffer): Promise<string> {
    const sha256 = sha256Of(bytes);
    const path = join(this.dir, sha256);
    if (!existsSync(path)) {
      // Written aside then renamed, so a crash never leaves half a file under the checksum's name.
      writeFileSync(`${path}.part`, bytes);
      renameSync(`${path}.part`, path);
    }
    return sha256;
  }

  async get(sha256: string): Promise<Buffer> {
    return verified(sha256, readFileSync(join(this.dir, sha256)));
  }
}

/**
 * The `stored_file` table of the api's PostgreSQL: every replica reads every file, and backups hold them. A file
 * an older version left in the data folder is moved into the table the first time it is read.
 */
export class PostgresFileStore implements FileStore {
  constructor(
    private readonly ds: DataSource,
    private readonly legacyDir: string,
  ) {}

  async put(bytes: Buffer): Promise<string> {
    const sha256 = sha256Of(bytes);
    await this.ds.query(
      'INSERT INTO stored_file (sha256, size, bytes) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING',
      [sha256, bytes.length, bytes],
    );
    return sha256;
  }

  async get(sha256: string): Promise<Buffer> {
    const rows: { bytes: Buffer }[] = await this.ds.query('SELECT bytes FROM stored_file WHERE sha256 = $1', [sha256]);
    if (rows[0]) return verified(sha256, rows[0].bytes);
    const legacy = join(this.legacyDir, sha256);
    if (!/^[0-9a-f]{64}$/.test(sha256) || !existsSync(legacy)) throw new Error(`stored file ${sha256} is missing`);
    const bytes = verified(sha256, readFileSync(legacy));
    await this.put(bytes);
    return bytes;
  }
}

/** PostgreSQL keeps files in the database; the embedded SQLite keeps them in a folder of the data directory. */
export function fileStore(ds: DataSource, dir: string): FileStore {
  return ds.options.type === 'postgres' ? new PostgresFileStore(ds, dir) : new FolderFileStore(dir);
}

/** Where uploads (dossier documents) are kept: the api's UPLOADED_FILES, and the demo loader's. */
export const uploadedFileStore = (ds: DataSource, dataDir: string): FileStore =>
  fileStore(ds, join(dataDir, 'documents'));
