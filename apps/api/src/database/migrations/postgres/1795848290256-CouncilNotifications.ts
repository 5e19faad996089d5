import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The emulation council (members, meetings, agenda, attendance, votes) and notifications (centre, preferences, sent emails). */
export class CouncilNotifications1795848290256 implements MigrationInterface {
  name = 'CouncilNotifications1795848290256';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "council_member" ("id" SERIAL NOT NULL, "provinceSlug" character varying(40) NOT NULL, "fullName" character varying(200) NOT NULL, "role" character varying(20) NOT NULL, "position" character varying(300) NOT NULL DEFAULT \'\', "unitId" integer, "userId" integer, "active" boolean NOT NULL DEFAULT true, "createdAt" character varying(30) NOT NULL, CONSTRAINT "UQ_16b3717c6a54ccb490bca2ab4e4" UNIQUE ("userId"), CONSTRAINT "PK_6620361345f37130c3960fd80e8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_fc3894e0b079313b6206b35272" ON "council_member"  ("provinceSlug")');
    await queryRunner.query(
      'CREATE TABLE "council_meeting" ("id" SERIAL NOT NULL, "provinceSlug" character varying(40) NOT NULL, "phaseId" character varying(80) NOT NULL, "awardFormId" character varying(80) NOT NULL, "startsAt" character varying(30) NOT NULL, "place" character varying(300) NOT NULL, "status" character varying(10) NOT NULL, "rule" text, "results" text, "createdBy" integer NOT NULL, "createdAt" character varying(30) NOT NULL, "calledAt" character varying(30), "closedAt" character varying(30), CONSTRAINT "PK_4a2114303693aea115f07fd4c93" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_5a0141ea0c283bf1c6bb3e1f94" ON "council_meeting"  ("provinceSlug", "phaseId", "awardFormId")',
    );
    await queryRunner.query(
      'CREATE TABLE "council_agenda_item" ("id" SERIAL NOT NULL, "meetingId" integer NOT NULL, "nominationId" integer NOT NULL, CONSTRAINT "UQ_7b7e032929e240007409f920569" UNIQUE ("meetingId", "nominationId"), CONSTRAINT "PK_47f966c3b68ec7425581331c540" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "council_attendance" ("id" SERIAL NOT NULL, "meetingId" integer NOT NULL, "memberId" integer NOT NULL, "present" boolean NOT NULL DEFAULT false, CONSTRAINT "UQ_1a12a112d321a2f9b60729438b9" UNIQUE ("meetingId", "memberId"), CONSTRAINT "PK_e3bd4af5a0fe4f4413a5f442209" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "council_vote" ("id" SERIAL NOT NULL, "meetingId" integer NOT NULL, "nominationId" integer NOT NULL, "memberId" integer NOT NULL, "choice" character varying(10) NOT NULL, "recordedBy" integer NOT NULL, "at" character varying(30) NOT NULL, CONSTRAINT "UQ_b051b6dbadbd5af1f2b0d06a0a4" UNIQUE ("meetingId", "nominationId", "memberId"), CONSTRAINT "PK_cef82f9bb25d5a405413571e860" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "notification" ("id" SERIAL NOT NULL, "userId" integer NOT NULL, "provinceSlug" character varying(40), "kind" character varying(30) NOT NULL, "eventKey" character varying(200) NOT NULL, "title" character varying(300) NOT NULL, "body" text NOT NULL, "link" character varying(200), "createdAt" character varying(30) NOT NULL, "readAt" character varying(30), "emailStatus" character varying(10) NOT NULL, CONSTRAINT "UQ_42ebb6855e35dc1b2c9d61864a1" UNIQUE ("eventKey", "userId"), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_039c7fcba309434f48b3ffaa58" ON "notification"  ("userId", "createdAt")');
    await queryRunner.query(
      'CREATE TABLE "notification_preference" ("userId" integer NOT NULL, "email" character varying(200), "emailEnabled" boolean NOT NULL DEFAULT true, "dailyDigest" boolean NOT NULL DEFAULT false, "lastDigestOn" character varying(10), CONSTRAINT "PK_c8721bd56ae600308745ad49744" PRIMARY KEY ("userId"))',
    );
    await queryRunner.query(
      'CREATE TABLE "email_message" ("id" SERIAL NOT NULL, "userId" integer NOT NULL, "toAddress" character varying(200) NOT NULL, "subject" character varying(300) NOT NULL, "notificationIds" text NOT NULL, "status" character varying(10) NOT NULL, "error" character varying(1000), "at" character varying(30) NOT NULL, CONSTRAINT "PK_9fe3a0a31f2ffe66dd976851792" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_c0c70082cab877faaa461827c6" ON "email_message"  ("userId", "at")');
    await queryRunner.query(
      'CREATE TABLE "notification_cursor" ("name" character varying(40) NOT NULL, "lastId" integer NOT NULL, CONSTRAINT "PK_e8fda2f50b1fd0860a05286f5bf" PRIMARY KEY ("name"))',
    );
    // Returns and decisions already audited before this release are history: the notifier starts from here.
    await queryRunner.query(
      'INSERT INTO "notification_cursor" ("name", "lastId") SELECT \'audit\', COALESCE(MAX("id"), 0) FROM "audit_event"',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "notification_cursor"');
    await queryRunner.query('DROP INDEX "public"."IDX_c0c70082cab877faaa461827c6"');
    await queryRunner.query('DROP TABLE "email_message"');
    await queryRunner.query('DROP TABLE "notification_preference"');
    await queryRunner.query('DROP INDEX "public"."IDX_039c7fcba309434f48b3ffaa58"');
    await queryRunner.query('DROP TABLE "notification"');
    await queryRunner.query('DROP TABLE "council_vote"');
    await queryRunner.query('DROP TABLE "council_attendance"');
    await queryRunner.query('DROP TABLE "council_agenda_item"');
    await queryRunner.query('DROP INDEX "public"."IDX_5a0141ea0c283bf1c6bb3e1f94"');
    await queryRunner.query('DROP TABLE "council_meeting"');
    await queryRunner.query('DROP INDEX "public"."IDX_fc3894e0b079313b6206b35272"');
    await queryRunner.query('DROP TABLE "council_member"');
  }
}
