import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Login sessions (revocable tokens) and failed-login counts (throttling and lockout shared by replicas). */
export class AuthSessions1795847879071 implements MigrationInterface {
  name = 'AuthSessions1795847879071';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "auth_session" ("id" character varying(64) NOT NULL, "userId" integer NOT NULL, "createdAt" character varying(30) NOT NULL, "expiresAt" character varying(30) NOT NULL, "endedAt" character varying(30), "ip" character varying(64), CONSTRAINT "PK_auth_session" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_auth_session_user" ON "auth_session" ("userId")');
    await q.query(
      'CREATE TABLE "login_throttle" ("key" character varying(200) NOT NULL, "failures" integer NOT NULL, "since" character varying(30) NOT NULL, "lockedUntil" character varying(30), CONSTRAINT "PK_login_throttle" PRIMARY KEY ("key"))',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE "login_throttle"');
    await q.query('DROP INDEX "IDX_auth_session_user"');
    await q.query('DROP TABLE "auth_session"');
  }
}
