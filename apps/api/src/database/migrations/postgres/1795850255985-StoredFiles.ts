import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PostgreSQL only: the bytes of uploads and generated documents, by sha256, so that every replica reads every file
 * and a pg_dump holds them (storage/file-store.ts). The embedded SQLite keeps its files in the data folder.
 */
export class StoredFiles1795850255985 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "stored_file" ("sha256" character(64) PRIMARY KEY, "size" integer NOT NULL, "bytes" bytea NOT NULL, "createdAt" timestamptz NOT NULL DEFAULT now())`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "stored_file"`);
  }
}
