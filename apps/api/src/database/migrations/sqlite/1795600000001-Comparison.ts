import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * For the national comparison: the tables of totals of the PostgreSQL migration of the same name (see there),
 * kept here by row triggers, each row adding or taking away itself. Not entities: only the database writes them.
 */
const KEYS = {
  indicator_total: ['year', 'provinceSlug', 'indicatorId', 'tier'],
  nomination_total: ['phaseId', 'provinceSlug', 'awardFormId', 'status', 'recipient', 'tier'],
  registration_total: ['year', 'provinceSlug', 'tier', 'validTo'],
  report_total: ['year', 'provinceSlug', 'tier'],
  unit_total: ['provinceSlug', 'tier', 'validTo'],
} as const;
type Total = keyof typeof KEYS;
const VALUES: Record<Total, string[]> = {
  indicator_total: ['n', 'sum'],
  nomination_total: ['n', 'nonLeader'],
  registration_total: ['n', 'reported'],
  report_total: ['n', 'onTime'],
  unit_total: ['n', 'staff'],
};
const quoted = (names: readonly string[]) => names.map((c) => `"${c}"`).join(', ');

/** Upserts rows of `exprs` (key columns then value columns) `from` a clause into a total, summed per key. */
function upsert(total: Total, exprs: string[], from: string): string {
  const keys = quoted(KEYS[total]);
  const values = VALUES[total].map((v) => `"${v}"`);
  const names = [...KEYS[total], ...VALUES[total]];
  return `INSERT INTO ${total} (${keys}, ${values.join(', ')})
    SELECT ${keys}, ${values.map((v) => `SUM(${v})`).join(', ')} FROM (SELECT ${exprs.map((e, i) => `${e} AS "${names[i]}"`).join(', ')} ${from}) WHERE 1 GROUP BY ${keys}
    ON CONFLICT (${keys}) DO UPDATE SET ${values.map((v) => `${v} = ${v} + excluded.${v}`).join(', ')};`;
}

const ofUnit = (row: string) => `FROM unit u WHERE u."id" = ${row}."unitId"`;

/** What a row (NEW, OLD, or a table alias with its own FROM) adds to the totals (sign 1) or takes away (-1). */
const readings = (row: string, sign: number, from = ofUnit(row)) =>
  upsert(
    'indicator_total',
    [
      `${row}."year"`,
      `${row}."provinceSlug"`,
      `${row}."indicatorId"`,
      'u."tier"',
      `${sign}`,
      `${sign} * ${row}."value"`,
    ],
    from,
  );
const nominations = (row: string, sign: number, from = '') =>
  upsert(
    'nomination_total',
    [
      `${row}."phaseId"`,
      `${row}."provinceSlug"`,
      `${row}."awardFormId"`,
      `${row}."status"`,
      `${row}."recipient"`,
      `${row}."tier"`,
      `${sign}`,
      `${sign} * (${row}."recipient" = 'individual' AND EXISTS (SELECT 1 FROM person pe WHERE pe."id" = ${row}."nomineePersonId" AND NOT pe."isLeader"))`,
    ],
    from,
  );
const registrations = (row: string, sign: number, from = ofUnit(row)) =>
  upsert(
    'registration_total',
    [
      `${row}."year"`,
      'u."provinceSlug"',
      'u."tier"',
      `COALESCE(u."validTo", '')`,
      `${sign}`,
      `${sign} * EXISTS (SELECT 1 FROM movement_report m WHERE m."unitId" = ${row}."unitId" AND m."year" = ${row}."year")`,
    ],
    from,
  );
const reportOnly = (row: string, sign: number, from = ofUnit(row)) =>
  upsert(
    'report_total',
    [`${row}."year"`, 'u."provinceSlug"', 'u."tier"', `${sign}`, `${sign} * (${row}."submittedOn" <= ${row}."dueOn")`],
    from,
  );
/** A report counts in report_total, and marks its unit's registration of that year (if any) as reported. */
const reports = (row: string, sign: number) => `${reportOnly(row, sign)}
  ${upsert(
    'registration_total',
    ['r."year"', 'u."provinceSlug"', 'u."tier"', `COALESCE(u."validTo", '')`, '0', `${sign}`],
    `FROM registration r JOIN unit u ON u."id" = r."unitId" WHERE r."unitId" = ${row}."unitId" AND r."year" = ${row}."year"`,
  )}`;

const units = (row: string, sign: number, from = '') =>
  upsert(
    'unit_total',
    [
      `${row}."provinceSlug"`,
      `${row}."tier"`,
      `COALESCE(${row}."validTo", '')`,
      `${sign}`,
      `${sign} * ${row}."staffCount"`,
    ],
    from,
  );

const SOURCES: [table: string, name: string, change: (row: string, sign: number) => string][] = [
  ['unit', 'unit_total', units],
  ['indicator_reading', 'indicator_total', readings],
  ['nomination', 'nomination_total', nominations],
  ['registration', 'registration_total', registrations],
  ['movement_report', 'report_total', reports],
];

/** A unit's rows, counted as the unit was (OLD, taken away) and as it is (NEW, added). */
const unitChange = (u: 'OLD' | 'NEW', sign: number) =>
  [
    upsert(
      'indicator_total',
      ['r."year"', 'r."provinceSlug"', 'r."indicatorId"', `${u}."tier"`, `${sign}`, `${sign} * r."value"`],
      'FROM indicator_reading r WHERE r."unitId" = NEW."id"',
    ),
    upsert(
      'registration_total',
      [
        'r."year"',
        `${u}."provinceSlug"`,
        `${u}."tier"`,
        `COALESCE(${u}."validTo", '')`,
        `${sign}`,
        `${sign} * EXISTS (SELECT 1 FROM movement_report m WHERE m."unitId" = r."unitId" AND m."year" = r."year")`,
      ],
      'FROM registration r WHERE r."unitId" = NEW."id"',
    ),
    upsert(
      'report_total',
      ['m."year"', `${u}."provinceSlug"`, `${u}."tier"`, `${sign}`, `${sign} * (m."submittedOn" <= m."dueOn")`],
      'FROM movement_report m WHERE m."unitId" = NEW."id"',
    ),
  ].join('\n');

export class Comparison1795600000001 implements MigrationInterface {
  name = 'Comparison1795600000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "indicator_total" ("year" integer NOT NULL, "provinceSlug" varchar(40) NOT NULL, "indicatorId" varchar(80) NOT NULL, "tier" varchar(30) NOT NULL,
      "n" integer NOT NULL, "sum" double precision NOT NULL, PRIMARY KEY (${quoted(KEYS.indicator_total)}))`);
    await q.query(`CREATE TABLE "nomination_total" ("phaseId" varchar(80) NOT NULL, "provinceSlug" varchar(40) NOT NULL, "awardFormId" varchar(80) NOT NULL, "status" varchar(12) NOT NULL,
      "recipient" varchar(12) NOT NULL, "tier" varchar(30) NOT NULL, "n" integer NOT NULL, "nonLeader" integer NOT NULL, PRIMARY KEY (${quoted(KEYS.nomination_total)}))`);
    await q.query(`CREATE TABLE "registration_total" ("year" integer NOT NULL, "provinceSlug" varchar(40) NOT NULL, "tier" varchar(30) NOT NULL, "validTo" varchar(10) NOT NULL,
      "n" integer NOT NULL, "reported" integer NOT NULL, PRIMARY KEY (${quoted(KEYS.registration_total)}))`);
    await q.query(`CREATE TABLE "report_total" ("year" integer NOT NULL, "provinceSlug" varchar(40) NOT NULL, "tier" varchar(30) NOT NULL,
      "n" integer NOT NULL, "onTime" integer NOT NULL, PRIMARY KEY (${quoted(KEYS.report_total)}))`);
    await q.query(`CREATE TABLE "unit_total" ("provinceSlug" varchar(40) NOT NULL, "tier" varchar(30) NOT NULL, "validTo" varchar(10) NOT NULL,
      "n" integer NOT NULL, "staff" integer NOT NULL, PRIMARY KEY (${quoted(KEYS.unit_total)}))`);
    for (const [table, name, change] of SOURCES) {
      await q.query(`CREATE TRIGGER "${name}_insert" AFTER INSERT ON "${table}" BEGIN ${change('NEW', 1)} END`);
      await q.query(
        `CREATE TRIGGER "${name}_update" AFTER UPDATE ON "${table}" BEGIN ${change('OLD', -1)} ${change('NEW', 1)} END`,
      );
      await q.query(`CREATE TRIGGER "${name}_delete" AFTER DELETE ON "${table}" BEGIN ${change('OLD', -1)} END`);
    }
    await q.query(`CREATE TRIGGER "comparison_unit_change" AFTER UPDATE OF "tier", "validTo", "provinceSlug" ON "unit"
      WHEN OLD."tier" IS NOT NEW."tier" OR OLD."validTo" IS NOT NEW."validTo" OR OLD."provinceSlug" IS NOT NEW."provinceSlug"
      BEGIN ${unitChange('OLD', -1)} ${unitChange('NEW', 1)} END`);
    await q.query(`CREATE TRIGGER "comparison_leader_change" AFTER UPDATE OF "isLeader" ON "person" WHEN OLD."isLeader" IS NOT NEW."isLeader" BEGIN
      ${upsert(
        'nomination_total',
        [
          'n."phaseId"',
          'n."provinceSlug"',
          'n."awardFormId"',
          'n."status"',
          'n."recipient"',
          'n."tier"',
          '0',
          'CASE WHEN NEW."isLeader" THEN -1 ELSE 1 END',
        ],
        `FROM nomination n WHERE n."nomineePersonId" = NEW."id" AND n."recipient" = 'individual'`,
      )}
    END`);
    // What is stored already: registrations see the reports already there, so reports only count themselves.
    await q.query(units('u', 1, 'FROM unit u'));
    await q.query(readings('r', 1, 'FROM indicator_reading r JOIN unit u ON u."id" = r."unitId"'));
    await q.query(nominations('n', 1, 'FROM nomination n'));
    await q.query(registrations('r', 1, 'FROM registration r JOIN unit u ON u."id" = r."unitId"'));
    await q.query(reportOnly('m', 1, 'FROM movement_report m JOIN unit u ON u."id" = m."unitId"'));
    // Under today's boundaries registrations and reports are read row by row: one year straight from an index.
    await q.query('CREATE INDEX "IDX_comparison_registration" ON "registration" ("year", "unitId")');
    await q.query(
      'CREATE INDEX "IDX_comparison_report" ON "movement_report" ("year", "unitId", "submittedOn", "dueOn")',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of ['registration', 'report']) await q.query(`DROP INDEX "IDX_comparison_${name}"`);
    await q.query('DROP TRIGGER "comparison_leader_change"');
    await q.query('DROP TRIGGER "comparison_unit_change"');
    for (const [, name] of SOURCES) {
      for (const t of ['insert', 'update', 'delete']) await q.query(`DROP TRIGGER "${name}_${t}"`);
      await q.query(`DROP TABLE "${name}"`);
    }
  }
}
