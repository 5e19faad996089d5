import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Council members' scores per criterion at meetings of phases that score with points. */
export class CouncilScores1795859854343 implements MigrationInterface {
  name = 'CouncilScores1795859854343';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "council_score" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "meetingId" integer NOT NULL, "nominationId" integer NOT NULL, "memberId" integer NOT NULL, "criterionId" varchar(80) NOT NULL, "points" float NOT NULL, "recordedBy" integer NOT NULL, "at" varchar(30) NOT NULL, CONSTRAINT "UQ_c4749d05a620dd90326f8b934c2" UNIQUE ("meetingId", "nominationId", "memberId", "criterionId"))',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "council_score"');
  }
}
