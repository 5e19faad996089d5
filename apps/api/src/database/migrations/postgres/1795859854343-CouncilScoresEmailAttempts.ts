import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Council members' scores per criterion (phases that score with points); email send attempts (retries). */
export class CouncilScoresEmailAttempts1795859854343 implements MigrationInterface {
  name = 'CouncilScoresEmailAttempts1795859854343';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "council_score" ("id" SERIAL NOT NULL, "meetingId" integer NOT NULL, "nominationId" integer NOT NULL, "memberId" integer NOT NULL, "criterionId" character varying(80) NOT NULL, "points" double precision NOT NULL, "recordedBy" integer NOT NULL, "at" character varying(30) NOT NULL, CONSTRAINT "UQ_c4749d05a620dd90326f8b934c2" UNIQUE ("meetingId", "nominationId", "memberId", "criterionId"), CONSTRAINT "PK_2665081a0916c2f76a5c4442f36" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('ALTER TABLE "notification" ADD "emailAttempts" integer NOT NULL DEFAULT \'0\'');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "notification" DROP COLUMN "emailAttempts"');
    await queryRunner.query('DROP TABLE "council_score"');
  }
}
