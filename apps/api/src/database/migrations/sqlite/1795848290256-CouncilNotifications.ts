import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The emulation council (members, meetings, agenda, attendance, votes) and notifications (centre, preferences, sent emails). */
export class CouncilNotifications1795848290256 implements MigrationInterface {
  name = 'CouncilNotifications1795848290256';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "council_member" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "provinceSlug" varchar(40) NOT NULL, "fullName" varchar(200) NOT NULL, "role" varchar(20) NOT NULL, "position" varchar(300) NOT NULL DEFAULT (\'\'), "unitId" integer, "userId" integer, "active" boolean NOT NULL DEFAULT (1), "createdAt" varchar(30) NOT NULL, CONSTRAINT "UQ_16b3717c6a54ccb490bca2ab4e4" UNIQUE ("userId"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_fc3894e0b079313b6206b35272" ON "council_member" ("provinceSlug")');
    await queryRunner.query(
      'CREATE TABLE "council_meeting" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "provinceSlug" varchar(40) NOT NULL, "phaseId" varchar(80) NOT NULL, "awardFormId" varchar(80) NOT NULL, "startsAt" varchar(30) NOT NULL, "place" varchar(300) NOT NULL, "status" varchar(10) NOT NULL, "rule" text, "results" text, "createdBy" integer NOT NULL, "createdAt" varchar(30) NOT NULL, "calledAt" varchar(30), "closedAt" varchar(30))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_5a0141ea0c283bf1c6bb3e1f94" ON "council_meeting" ("provinceSlug", "phaseId", "awardFormId")',
    );
    await queryRunner.query(
      'CREATE TABLE "council_agenda_item" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "meetingId" integer NOT NULL, "nominationId" integer NOT NULL, CONSTRAINT "UQ_7b7e032929e240007409f920569" UNIQUE ("meetingId", "nominationId"))',
    );
    await queryRunner.query(
      'CREATE TABLE "council_attendance" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "meetingId" integer NOT NULL, "memberId" integer NOT NULL, "present" boolean NOT NULL DEFAULT (0), CONSTRAINT "UQ_1a12a112d321a2f9b60729438b9" UNIQUE ("meetingId", "memberId"))',
    );
    await queryRunner.query(
      'CREATE TABLE "council_vote" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "meetingId" integer NOT NULL, "nominationId" integer NOT NULL, "memberId" integer NOT NULL, "choice" varchar(10) NOT NULL, "recordedBy" integer NOT NULL, "at" varchar(30) NOT NULL, CONSTRAINT "UQ_b051b6dbadbd5af1f2b0d06a0a4" UNIQUE ("meetingId", "nominationId", "memberId"))',
    );
    await queryRunner.query(
      'CREATE TABLE "notification" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "provinceSlug" varchar(40), "kind" varchar(30) NOT NULL, "eventKey" varchar(200) NOT NULL, "title" varchar(300) NOT NULL, "body" text NOT NULL, "link" varchar(200), "createdAt" varchar(30) NOT NULL, "readAt" varchar(30), "emailStatus" varchar(10) NOT NULL, CONSTRAINT "UQ_42ebb6855e35dc1b2c9d61864a1" UNIQUE ("eventKey", "userId"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_039c7fcba309434f48b3ffaa58" ON "notification" ("userId", "createdAt")');
    await queryRunner.query(
      'CREATE TABLE "notification_preference" ("userId" integer PRIMARY KEY NOT NULL, "email" varchar(200), "emailEnabled" boolean NOT NULL DEFAULT (1), "dailyDigest" boolean NOT NULL DEFAULT (0), "lastDigestOn" varchar(10))',
    );
    await queryRunner.query(
      'CREATE TABLE "email_message" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "toAddress" varchar(200) NOT NULL, "subject" varchar(300) NOT NULL, "notificationIds" text NOT NULL, "status" varchar(10) NOT NULL, "error" varchar(1000), "at" varchar(30) NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "IDX_c0c70082cab877faaa461827c6" ON "email_message" ("userId", "at")');
    await queryRunner.query(
      'CREATE TABLE "notification_cursor" ("name" varchar(40) PRIMARY KEY NOT NULL, "lastId" integer NOT NULL)',
    );
    // Returns and decisions already audited before this release are history: the notifier starts from here.
    await queryRunner.query(
      'INSERT INTO "notification_cursor" ("name", "lastId") SELECT \'audit\', COALESCE(MAX("id"), 0) FROM "audit_event"',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "notification_cursor"');
    await queryRunner.query('DROP INDEX "IDX_c0c70082cab877faaa461827c6"');
    await queryRunner.query('DROP TABLE "email_message"');
    await queryRunner.query('DROP TABLE "notification_preference"');
    await queryRunner.query('DROP INDEX "IDX_039c7fcba309434f48b3ffaa58"');
    await queryRunner.query('DROP TABLE "notification"');
    await queryRunner.query('DROP TABLE "council_vote"');
    await queryRunner.query('DROP TABLE "council_attendance"');
    await queryRunner.query('DROP TABLE "council_agenda_item"');
    await queryRunner.query('DROP INDEX "IDX_5a0141ea0c283bf1c6bb3e1f94"');
    await queryRunner.query('DROP TABLE "council_meeting"');
    await queryRunner.query('DROP INDEX "IDX_fc3894e0b079313b6206b35272"');
    await queryRunner.query('DROP TABLE "council_member"');
  }
}
