import { vietnameseSortKey } from '@thidua/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Users sort by a Vietnamese collation key of their full name, like units and people; existing users get theirs. */
export class UserSortKey1795900000000 implements MigrationInterface {
  name = 'UserSortKey1795900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD COLUMN "sortKey" character varying(500) NOT NULL DEFAULT ''`);
    const users: { id: number; fullName: string }[] = await queryRunner.query('SELECT id, "fullName" FROM "app_user"');
    for (const u of users)
      await queryRunner.query('UPDATE "app_user" SET "sortKey" = $1 WHERE id = $2', [
        vietnameseSortKey(u.fullName),
        u.id,
      ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "app_user" DROP COLUMN "sortKey"');
  }
}
