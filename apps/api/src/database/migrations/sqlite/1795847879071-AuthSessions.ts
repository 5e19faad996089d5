import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Login sessions (revocable tokens) and failed-login counts (throttling and lockout shared by replicas). */
export class AuthSessions1795847879071 implements MigrationInterface {
  name = 'AuthSessions1795847879071';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "auth_session" ("id" varchar(64) PRIMARY KEY NOT NULL, "userId" integer NOT NULL, "createdAt" varchar(30) NOT NULL, "expiresAt" varchar(30) NOT NULL, "endedAt" varchar(30), "ip" varchar(64))',
    );
    await q.query('CREATE INDEX "IDX_auth_session_user" ON "auth_session" ("userId")');
    await q.query(
      'CREATE TABLE "login_throttle" ("key" varchar(200) PRIMARY KEY NOT NULL, "failures" integer NOT NULL, "since" varchar(30) NOT NULL, "lockedUntil" varchar(30))',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE "login_throttle"');
    await q.query('DROP INDEX "IDX_auth_session_user"');
    await q.query('DROP TABLE "auth_session"');
  }
}
