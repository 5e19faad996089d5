import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * For the national comparison: tables of totals that it reads instead of a year's millions of rows, kept by the
 * database itself so that every writer (api, imports, demo data, bulk loads) keeps them right. Not entities:
 * only the database writes them. Rows that fall to 0 stay (readers skip them).
 *   indicator_total    readings per year × province × indicator × unit tier: count and sum
 *   nomination_total   nominations per phase × province × award form × status × recipient × tier: count, and
 *                      how many name a person without a leadership post
 *   registration_total registrations per year × province × unit tier × the unit's end date ('' = none, so it
 *                      can be in the key): count, and how many of those units reported that year
 *   report_total       yearly reports per year × province × unit tier: count and how many were on time
 *   unit_total         units per province × tier × end date ('' = none): count and staff
 * Statement-level triggers add or take away the rows a statement wrote (one grouped upsert however many rows, in
 * key order so that concurrent writers lock totals in the same order); a row trigger on unit moves its rows when
 * its tier or end date change, one on person when a leadership post changes.
 */
const KEYS = {
  indicator_total: '"year", "provinceSlug", "indicatorId", "tier"',
  nomination_total: '"phaseId", "provinceSlug", "awardFormId", "status", "recipient", "tier"',
  registration_total: '"year", "provinceSlug", "tier", "validTo"',
  report_total: '"year", "provinceSlug", "tier"',
  unit_total: '"provinceSlug", "tier", "validTo"',
} as const;
type Total = keyof typeof KEYS;
const VALUES: Record<Total, string[]> = {
  indicator_total: ['n', 'sum'],
  nomination_total: ['n', 'nonLeader'],
  registration_total: ['n', 'reported'],
  report_total: ['n', 'onTime'],
  unit_total: ['n', 'staff'],
};

/** Upserts `select` (key columns then value columns, any number of rows per key) into a total, summed per key. */
function upsert(total: Total, select: string): string {
  const keys = KEYS[total];
  const values = VALUES[total].map((v) => `"${v}"`);
  const k = keys.split(', ').length;
  const positions = Array.from({ length: k }, (_, i) => i + 1).join(', ');
  return `INSERT INTO ${total} AS t (${keys}, ${values.join(', ')})
    SELECT ${keys}, ${values.map((v) => `SUM(${v})`).join(', ')} FROM (${select}) AS x (${keys}, ${values.join(', ')}) GROUP BY ${positions} ORDER BY ${positions}
    ON CONFLICT (${keys}) DO UPDATE SET ${values.map((v) => `${v} = t.${v} + EXCLUDED.${v}`).join(', ')}`;
}

/** What each source table's rows add to its totals (sign 1) or take away (-1). */
const readings = (rows: string, sign: number) =>
  upsert(
    'indicator_total',
    `SELECT r."year", r."provinceSlug", r."indicatorId", u."tier", ${sign}, ${sign} * r."value" FROM ${rows} r JOIN unit u ON u."id" = r."unitId"`,
  );
const nominations = (rows: string, sign: number) =>
  upsert(
    'nomination_total',
    `SELECT n."phaseId", n."provinceSlug", n."awardFormId", n."status", n."recipient", n."tier", ${sign}, CASE WHEN pe."id" IS NULL THEN 0 ELSE ${sign} END
   FROM ${rows} n LEFT JOIN person pe ON pe."id" = n."nomineePersonId" AND n."recipient" = 'individual' AND NOT pe."isLeader"`,
  );
const registrations = (rows: string, sign: number) =>
  upsert(
    'registration_total',
    `SELECT r."year", u."provinceSlug", u."tier", COALESCE(u."validTo", ''), ${sign}, CASE WHEN m."id" IS NULL THEN 0 ELSE ${sign} END
   FROM ${rows} r JOIN unit u ON u."id" = r."unitId" LEFT JOIN movement_report m ON m."unitId" = r."unitId" AND m."year" = r."year"`,
  );
/** A report counts in report_total, and marks its unit's registration of that year (if any) as reported. */
const reports = (rows: string, sign: number) =>
  [
    upsert(
      'report_total',
      `SELECT m."year", u."provinceSlug", u."tier", ${sign}, CASE WHEN m."submittedOn" <= m."dueOn" THEN ${sign} ELSE 0 END FROM ${rows} m JOIN unit u ON u."id" = m."unitId"`,
    ),
    upsert(
      'registration_total',
      `SELECT r."year", u."provinceSlug", u."tier", COALESCE(u."validTo", ''), 0, ${sign}
    FROM ${rows} m JOIN registration r ON r."unitId" = m."unitId" AND r."year" = m."year" JOIN unit u ON u."id" = r."unitId"`,
    ),
  ].join(';\n');

const units = (rows: string, sign: number) =>
  upsert(
    'unit_total',
    `SELECT u."provinceSlug", u."tier", COALESCE(u."validTo", ''), ${sign}, ${sign} * u."staffCount" FROM ${rows} u`,
  );

const SOURCES: [table: string, name: string, change: (rows: string, sign: number) => string][] = [
  ['unit', 'unit_total', units],
  ['indicator_reading', 'indicator_total', readings],
  ['nomination', 'nomination_total', nominations],
  ['registration', 'registration_total', registrations],
  ['movement_report', 'report_total', reports],
];

/** A unit's rows, counted as the unit was (OLD, taken away) and as it is (NEW, added). */
const UNIT_CHANGE = [
  upsert(
    'indicator_total',
    `SELECT r."year", r."provinceSlug", r."indicatorId", x.tier, x.sign, x.sign * r."value"
    FROM indicator_reading r CROSS JOIN (VALUES (OLD."tier", -1), (NEW."tier", 1)) AS x (tier, sign) WHERE r."unitId" = NEW."id"`,
  ),
  upsert(
    'registration_total',
    `SELECT r."year", x.province, x.tier, COALESCE(x."validTo", ''), x.sign, CASE WHEN m."id" IS NULL THEN 0 ELSE x.sign END
    FROM registration r LEFT JOIN movement_report m ON m."unitId" = r."unitId" AND m."year" = r."year"
    CROSS JOIN (VALUES (OLD."provinceSlug", OLD."tier", OLD."validTo", -1), (NEW."provinceSlug", NEW."tier", NEW."validTo", 1)) AS x (province, tier, "validTo", sign) WHERE r."unitId" = NEW."id"`,
  ),
  upsert(
    'report_total',
    `SELECT m."year", x.province, x.tier, x.sign, CASE WHEN m."submittedOn" <= m."dueOn" THEN x.sign ELSE 0 END
    FROM movement_report m CROSS JOIN (VALUES (OLD."provinceSlug", OLD."tier", -1), (NEW."provinceSlug", NEW."tier", 1)) AS x (province, tier, sign) WHERE m."unitId" = NEW."id"`,
  ),
].join(';\n');

const LEADER_CHANGE = upsert(
  'nomination_total',
  `SELECT n."phaseId", n."provinceSlug", n."awardFormId", n."status", n."recipient", n."tier", 0, CASE WHEN NEW."isLeader" THEN -1 ELSE 1 END
  FROM nomination n WHERE n."nomineePersonId" = NEW."id" AND n."recipient" = 'individual'`,
);

export class Comparison1795600000001 implements MigrationInterface {
  name = 'Comparison1795600000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "indicator_total" ("year" integer NOT NULL, "provinceSlug" character varying(40) NOT NULL, "indicatorId" character varying(80) NOT NULL,
      "tier" character varying(30) NOT NULL, "n" integer NOT NULL, "sum" double precision NOT NULL, CONSTRAINT "PK_indicator_total" PRIMARY KEY (${KEYS.indicator_total}))`);
    await q.query(`CREATE TABLE "nomination_total" ("phaseId" character varying(80) NOT NULL, "provinceSlug" character varying(40) NOT NULL, "awardFormId" character varying(80) NOT NULL,
      "status" character varying(12) NOT NULL, "recipient" character varying(12) NOT NULL, "tier" character varying(30) NOT NULL, "n" integer NOT NULL, "nonLeader" integer NOT NULL,
      CONSTRAINT "PK_nomination_total" PRIMARY KEY (${KEYS.nomination_total}))`);
    await q.query(`CREATE TABLE "registration_total" ("year" integer NOT NULL, "provinceSlug" character varying(40) NOT NULL, "tier" character varying(30) NOT NULL,
      "validTo" character varying(10) NOT NULL, "n" integer NOT NULL, "reported" integer NOT NULL, CONSTRAINT "PK_registration_total" PRIMARY KEY (${KEYS.registration_total}))`);
    await q.query(`CREATE TABLE "report_total" ("year" integer NOT NULL, "provinceSlug" character varying(40) NOT NULL, "tier" character varying(30) NOT NULL,
      "n" integer NOT NULL, "onTime" integer NOT NULL, CONSTRAINT "PK_report_total" PRIMARY KEY (${KEYS.report_total}))`);
    await q.query(`CREATE TABLE "unit_total" ("provinceSlug" character varying(40) NOT NULL, "tier" character varying(30) NOT NULL, "validTo" character varying(10) NOT NULL,
      "n" integer NOT NULL, "staff" integer NOT NULL, CONSTRAINT "PK_unit_total" PRIMARY KEY (${KEYS.unit_total}))`);
    for (const [table, name, change] of SOURCES) {
      await q.query(`CREATE FUNCTION ${name}_apply() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP IN ('UPDATE', 'DELETE') THEN ${change('old_rows', -1)}; END IF;
          IF TG_OP IN ('UPDATE', 'INSERT') THEN ${change('new_rows', 1)}; END IF;
          RETURN NULL;
        END $$`);
      await q.query(
        `CREATE TRIGGER "${name}_insert" AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${name}_apply()`,
      );
      await q.query(
        `CREATE TRIGGER "${name}_update" AFTER UPDATE ON "${table}" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${name}_apply()`,
      );
      await q.query(
        `CREATE TRIGGER "${name}_delete" AFTER DELETE ON "${table}" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${name}_apply()`,
      );
    }
    await q.query(
      `CREATE FUNCTION comparison_unit_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${UNIT_CHANGE}; RETURN NULL; END $$`,
    );
    await q.query(`CREATE TRIGGER "comparison_unit_change" AFTER UPDATE OF "tier", "validTo", "provinceSlug" ON "unit" FOR EACH ROW
      WHEN (OLD."tier" IS DISTINCT FROM NEW."tier" OR OLD."validTo" IS DISTINCT FROM NEW."validTo" OR OLD."provinceSlug" IS DISTINCT FROM NEW."provinceSlug")
      EXECUTE FUNCTION comparison_unit_change()`);
    await q.query(
      `CREATE FUNCTION comparison_leader_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${LEADER_CHANGE}; RETURN NULL; END $$`,
    );
    await q.query(`CREATE TRIGGER "comparison_leader_change" AFTER UPDATE OF "isLeader" ON "person" FOR EACH ROW WHEN (OLD."isLeader" IS DISTINCT FROM NEW."isLeader")
      EXECUTE FUNCTION comparison_leader_change()`);
    // What is stored already: registrations before reports, so that each report finds its registration.
    await q.query(units('unit', 1));
    await q.query(readings('indicator_reading', 1));
    await q.query(nominations('nomination', 1));
    await q.query(registrations('registration', 1));
    await q.query(
      upsert(
        'report_total',
        `SELECT m."year", u."provinceSlug", u."tier", 1, CASE WHEN m."submittedOn" <= m."dueOn" THEN 1 ELSE 0 END FROM movement_report m JOIN unit u ON u."id" = m."unitId"`,
      ),
    );
    // Under today's boundaries registrations and reports are read row by row: one year straight from an index.
    await q.query('CREATE INDEX "IDX_comparison_registration" ON "registration" ("year", "unitId")');
    await q.query(
      'CREATE INDEX "IDX_comparison_report" ON "movement_report" ("year", "unitId", "submittedOn", "dueOn")',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of ['registration', 'report']) await q.query(`DROP INDEX "IDX_comparison_${name}"`);
    await q.query('DROP TRIGGER "comparison_leader_change" ON "person"');
    await q.query('DROP TRIGGER "comparison_unit_change" ON "unit"');
    await q.query('DROP FUNCTION comparison_leader_change()');
    await q.query('DROP FUNCTION comparison_unit_change()');
    for (const [table, name] of SOURCES) {
      for (const t of ['insert', 'update', 'delete']) await q.query(`DROP TRIGGER "${name}_${t}" ON "${table}"`);
      await q.query(`DROP FUNCTION ${name}_apply()`);
      await q.query(`DROP TABLE "${name}"`);
    }
  }
}
