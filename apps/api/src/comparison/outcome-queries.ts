import type { DataSource } from 'typeorm';
import { type Dialect, dialectOf } from '../database/data-source.js';

/**
 * The aggregate SQL of the outcome comparison, one statement per source table or its totals (the *_total tables
 * that triggers keep, see migration Comparison1795600000001), the same text on SQLite and PostgreSQL (quoted
 * camelCase columns, no dialect functions). Each groups by province and tier only, so the work stays in the
 * database and the service receives a few thousand rows at most; merged provinces are summed afterwards (every
 * figure is a sum). Placeholders are added in the order they appear in the text (SQLite binds `?` by position).
 */
export interface Scope {
  year: number;
  /** Phase ids of every province in scope (rows are filtered per province afterwards). */
  phaseIds: string[];
  boundaries: 'then' | 'today';
  today: string;
  /** Restrict to these provinces (a drill-down); all provinces otherwise. */
  provinces?: string[];
  /**
   * Split readings and collective nominations by the tier of their (successor) unit, which needs a join with the
   * units: only when a tier of units is asked for, or for a drill-down.
   */
  byUnitTier?: boolean;
  /**
   * Only this tier of units: units, registrations, reports and readings of units of it (under today's boundaries,
   * of successors of it). Filtered in the SQL, so a tier reads its own rows of the totals, not every tier's.
   */
  unitTier?: string;
  /** Only nominations of this tier (a tier of units or of people). Quotas are read without it: placesTaken(). */
  nominationTier?: string;
}

class Params {
  readonly values: unknown[] = [];
  constructor(private readonly dialect: Dialect) {}
  add(v: unknown): string {
    this.values.push(v);
    return this.dialect === 'postgres' ? `$${this.values.length}` : '?';
  }
  list(vs: readonly unknown[]): string {
    return vs.length ? vs.map((v) => this.add(v)).join(', ') : 'NULL';
  }
}

export interface Row {
  p: string;
  t: string;
  [k: string]: string | number | null;
}

export class OutcomeQueries {
  private readonly dialect: Dialect;
  constructor(private readonly ds: DataSource) {
    this.dialect = dialectOf(ds);
  }

  private async run(build: (q: Params) => string): Promise<Row[]> {
    const q = new Params(this.dialect);
    const text = build(q);
    return this.ds.query(text, q.values);
  }

  /**
   * Under today's boundaries: each unit that has moved on (validTo passed, successorId set) → the last unit of its
   * chain. A chain that loops has no last unit and leaves its units as they are. Empty under `then`.
   */
  private successors(q: Params, s: Scope): string {
    if (s.boundaries === 'then') return '';
    const today1 = q.add(s.today);
    const province = s.provinces ? ` AND u."provinceSlug" IN (${q.list(s.provinces)})` : '';
    const today2 = q.add(s.today);
    const today3 = q.add(s.today);
    return `WITH RECURSIVE hop(id, target, depth) AS (
        SELECT u.id, u."successorId", 1 FROM unit u WHERE u."successorId" IS NOT NULL AND u."validTo" <= ${today1}${province}
        UNION ALL
        SELECT h.id, n."successorId", h.depth + 1 FROM hop h JOIN unit n ON n.id = h.target
        WHERE n."successorId" IS NOT NULL AND n."validTo" <= ${today2} AND h.depth < 20
      ), succ AS (
        SELECT h.id, h.target FROM hop h
        WHERE NOT EXISTS (SELECT 1 FROM unit n WHERE n.id = h.target AND n."successorId" IS NOT NULL AND n."validTo" <= ${today3})
      ) `;
  }

  /** `eu` = the unit a row counts for: itself (then) or its successor (today). Needs successors() first. */
  private effective(s: Scope, unitColumn: string): string {
    return s.boundaries === 'then'
      ? `JOIN unit eu ON eu.id = ${unitColumn}`
      : `LEFT JOIN succ s ON s.id = ${unitColumn} JOIN unit eu ON eu.id = COALESCE(s.target, ${unitColumn})`;
  }

  /** A unit counts if it was active in the year (then) or is active today (today); `open`: how "no end" is stored. */
  private active(q: Params, s: Scope, alias: string, open = 'NULL'): string {
    const none = open === 'NULL' ? `${alias}."validTo" IS NULL` : `${alias}."validTo" = ${open}`;
    return s.boundaries === 'then'
      ? `(${none} OR ${alias}."validTo" >= ${q.add(`${s.year}-01-01`)})`
      : `(${none} OR ${alias}."validTo" > ${q.add(s.today)})`;
  }

  private inProvinces(q: Params, s: Scope, column: string): string {
    return s.provinces ? ` AND ${column} IN (${q.list(s.provinces)})` : '';
  }

  /** `${keyword} column = tier` when one tier is asked for, nothing otherwise. */
  private inTier(q: Params, tier: string | undefined, column: string, keyword = 'AND'): string {
    return tier ? ` ${keyword} ${column} = ${q.add(tier)}` : '';
  }

  /**
   * For rows that move from tier `from` to tier `to` (today's boundaries): only those into or out of the tier asked
   * for, so the join with the moved units' rows (readings above all) reads no other tier's.
   */
  private movesTier(q: Params, tier: string | undefined, from: string, to: string): string {
    return tier ? ` AND ${q.add(tier)} IN (${from}, ${to})` : '';
  }

  /** p, t, n (units), staff: units active in the year (then) or today (today), from unit_total. */
  units(s: Scope): Promise<Row[]> {
    return this.run(
      (q) => `SELECT t."provinceSlug" AS p, t.tier AS t, SUM(t.n) AS n, SUM(t.staff) AS staff FROM unit_total t
      WHERE t.n > 0 AND ${this.active(q, s, 't', "''")}${this.inProvinces(q, s, 't."provinceSlug"')}${this.inTier(q, s.unitTier, 't.tier')}
      GROUP BY t."provinceSlug", t.tier`,
    );
  }

  /**
   * p, t, n: units registered in the year that were active in it (then) or are active today (today), each
   * (successor) unit once. From registration_total (kept by triggers, keyed by the unit's end date, '' = none);
   * today, units that moved on count as their successor, unless it registered itself.
   */
  registrations(s: Scope): Promise<Row[]> {
    const totals = (
      q: Params,
    ) => `SELECT t."provinceSlug" AS p, t.tier AS t, t.n AS n FROM registration_total t WHERE t.year = ${q.add(s.year)}
      AND ${this.active(q, s, 't', "''")} AND t.n > 0${this.inProvinces(q, s, 't."provinceSlug"')}${this.inTier(q, s.unitTier, 't.tier')}`;
    if (s.boundaries === 'then')
      return this.run((q) => `SELECT x.p, x.t, SUM(x.n) AS n FROM (${totals(q)}) x GROUP BY x.p, x.t`);
    return this.run((q) => {
      const cte = this.successors(q, s);
      const own = totals(q);
      return `${cte}SELECT x.p, x.t, SUM(x.n) AS n FROM (
          ${own}
          UNION ALL
          SELECT eu."provinceSlug", eu.tier, COUNT(DISTINCT eu.id) FROM succ s JOIN registration r ON r."unitId" = s.id AND r.year = ${q.add(s.year)} JOIN unit eu ON eu.id = s.target
          WHERE ${this.active(q, s, 'eu')}${this.inTier(q, s.unitTier, 'eu.tier')} AND NOT EXISTS (SELECT 1 FROM registration o WHERE o."unitId" = eu.id AND o.year = r.year)
          GROUP BY eu."provinceSlug", eu.tier
        ) x GROUP BY x.p, x.t`;
    });
  }

  /**
   * p, t, ph (phase), f (award form), st (status), rc (recipient), n, from nomination_total (kept by triggers).
   * Under today's boundaries split by unit tier, a collective whose unit moved on to a successor of another tier
   * is taken from its own tier and counted under the successor's.
   */
  nominations(s: Scope): Promise<Row[]> {
    const totals = (
      q: Params,
    ) => `SELECT t."provinceSlug" AS p, t."phaseId" AS ph, t."awardFormId" AS f, t.status AS st, t.recipient AS rc, t.tier AS t, t.n AS n
      FROM nomination_total t WHERE t."phaseId" IN (${q.list(s.phaseIds)}) AND t.n > 0${this.inProvinces(q, s, 't."provinceSlug"')}${this.inTier(q, s.nominationTier, 't.tier')}`;
    if (s.boundaries === 'then' || !s.byUnitTier) return this.run((q) => totals(q));
    return this.run((q) => {
      const cte = this.successors(q, s);
      const phases = q.list(s.phaseIds);
      return `${cte}, moved AS (
          SELECT n."provinceSlug" AS p, n."phaseId" AS ph, n."awardFormId" AS f, n.status AS st, n.recipient AS rc, n.tier AS own, eu.tier AS eff, COUNT(*) AS n
          FROM succ s JOIN nomination n ON n."nomineeUnitId" = s.id JOIN unit eu ON eu.id = s.target
          WHERE n.recipient = 'collective' AND n."phaseId" IN (${phases}) AND eu.tier <> n.tier${this.movesTier(q, s.nominationTier, 'n.tier', 'eu.tier')}
          GROUP BY n."provinceSlug", n."phaseId", n."awardFormId", n.status, n.recipient, n.tier, eu.tier
        )
        SELECT x.p, x.ph, x.f, x.st, x.rc, x.t, SUM(x.n) AS n FROM (
          ${totals(q)}
          UNION ALL SELECT p, ph, f, st, rc, own, -n FROM moved${this.inTier(q, s.nominationTier, 'own', 'WHERE')}
          UNION ALL SELECT p, ph, f, st, rc, eff, n FROM moved${this.inTier(q, s.nominationTier, 'eff', 'WHERE')}
        ) x GROUP BY x.p, x.ph, x.f, x.st, x.rc, x.t HAVING SUM(x.n) > 0`;
    });
  }

  /**
   * p, ph, f, st, rc, n: approved and decided nominations of every tier, for the quotas (per phase × award form,
   * whatever the tier). Only needed when nominations() is read for one tier; otherwise its rows serve.
   */
  placesTaken(s: Scope): Promise<Row[]> {
    return this.run(
      (
        q,
      ) => `SELECT t."provinceSlug" AS p, t."phaseId" AS ph, t."awardFormId" AS f, t.status AS st, t.recipient AS rc, SUM(t.n) AS n
      FROM nomination_total t WHERE t.status IN ('approved', 'decided') AND t."phaseId" IN (${q.list(s.phaseIds)})${this.inProvinces(q, s, 't."provinceSlug"')}
      GROUP BY t."provinceSlug", t."phaseId", t."awardFormId", t.status, t.recipient`,
    );
  }

  /** p, t, ph, n: individual awards to people without a leadership post (nomination_total). */
  nonLeaderAwards(s: Scope): Promise<Row[]> {
    return this.run(
      (q) => `SELECT t."provinceSlug" AS p, t.tier AS t, t."phaseId" AS ph, SUM(t."nonLeader") AS n
      FROM nomination_total t WHERE t.status = 'decided' AND t.recipient = 'individual' AND t."nonLeader" > 0 AND t."phaseId" IN (${q.list(s.phaseIds)})${this.inProvinces(q, s, 't."provinceSlug"')}${this.inTier(q, s.nominationTier, 't.tier')}
      GROUP BY t."provinceSlug", t.tier, t."phaseId"`,
    );
  }

  /**
   * p, t, expected, onTime: units that had to report in the year (registered or reported) and reports on time:
   * registrations without a report plus reports, from registration_total and report_total.
   */
  reports(s: Scope): Promise<Row[]> {
    return this.run((q) => {
      const cte = this.successors(q, s);
      // Today: the rows of units that moved on go from their own province and tier to their successor's.
      const moved =
        s.boundaries === 'then'
          ? ''
          : `, moved AS (
          SELECT ou."provinceSlug" AS op, ou.tier AS ot, eu."provinceSlug" AS ep, eu.tier AS et, COUNT(*) AS expected, SUM(x.ontime) AS "onTime" FROM (
            SELECT r."unitId" AS uid, 0 AS ontime FROM succ s JOIN registration r ON r."unitId" = s.id AND r.year = ${q.add(s.year)}
            WHERE NOT EXISTS (SELECT 1 FROM movement_report m WHERE m."unitId" = r."unitId" AND m.year = r.year)
            UNION ALL
            SELECT m."unitId", CASE WHEN m."submittedOn" <= m."dueOn" THEN 1 ELSE 0 END FROM succ s JOIN movement_report m ON m."unitId" = s.id AND m.year = ${q.add(s.year)}
          ) x JOIN succ s ON s.id = x.uid JOIN unit ou ON ou.id = s.id JOIN unit eu ON eu.id = s.target
          WHERE (ou."provinceSlug" <> eu."provinceSlug" OR ou.tier <> eu.tier)${this.movesTier(q, s.unitTier, 'ou.tier', 'eu.tier')} GROUP BY ou."provinceSlug", ou.tier, eu."provinceSlug", eu.tier
        )`;
      const y1 = q.add(s.year);
      const p1 = this.inProvinces(q, s, 'g."provinceSlug"') + this.inTier(q, s.unitTier, 'g.tier');
      const y2 = q.add(s.year);
      const p2 = this.inProvinces(q, s, 'm."provinceSlug"') + this.inTier(q, s.unitTier, 'm.tier');
      const shifted = moved
        ? `UNION ALL SELECT op, ot, -expected, -"onTime" FROM moved${this.inTier(q, s.unitTier, 'ot', 'WHERE')}
          UNION ALL SELECT ep, et, expected, "onTime" FROM moved${this.inTier(q, s.unitTier, 'et', 'WHERE')}`
        : '';
      return `${cte}${moved}SELECT x.p, x.t, SUM(x.expected) AS expected, SUM(x."onTime") AS "onTime" FROM (
          SELECT g."provinceSlug" AS p, g.tier AS t, g.n - g.reported AS expected, 0 AS "onTime" FROM registration_total g WHERE g.year = ${y1}${p1}
          UNION ALL SELECT m."provinceSlug", m.tier, m.n, m."onTime" FROM report_total m WHERE m.year = ${y2}${p2}
          ${shifted}
        ) x GROUP BY x.p, x.t HAVING SUM(x.expected) > 0`;
    });
  }

  /**
   * p, t ('' unless by tier), i (indicator), n, sum: readings of the year, from indicator_total (kept by triggers,
   * per province × year × indicator × the reading unit's tier). Under today's boundaries by tier, the readings of
   * units that moved to a successor of another tier are taken from their own tier and added to the successor's.
   */
  readings(s: Scope): Promise<Row[]> {
    if (!s.byUnitTier) {
      return this.run(
        (q) => `SELECT t."provinceSlug" AS p, '' AS t, t."indicatorId" AS i, SUM(t.n) AS n, SUM(t.sum) AS sum
        FROM indicator_total t WHERE t.year = ${q.add(s.year)} AND t.n > 0${this.inProvinces(q, s, 't."provinceSlug"')} GROUP BY t."provinceSlug", t."indicatorId"`,
      );
    }
    if (s.boundaries === 'then') {
      return this.run(
        (q) => `SELECT t."provinceSlug" AS p, t.tier AS t, t."indicatorId" AS i, t.n AS n, t.sum AS sum
        FROM indicator_total t WHERE t.year = ${q.add(s.year)} AND t.n > 0${this.inProvinces(q, s, 't."provinceSlug"')}${this.inTier(q, s.unitTier, 't.tier')}`,
      );
    }
    return this.run((q) => {
      const cte = this.successors(q, s);
      const y1 = q.add(s.year);
      const p1 = this.inProvinces(q, s, 'r."provinceSlug"') + this.movesTier(q, s.unitTier, 'ou.tier', 'eu.tier');
      const y2 = q.add(s.year);
      const p2 = this.inProvinces(q, s, 't."provinceSlug"') + this.inTier(q, s.unitTier, 't.tier');
      // CROSS JOIN: SQLite then keeps the few units that moved as the outer loop and reads their readings by unit
      // (its planner otherwise scans every reading of the year: 130 ms instead of 8 on size small, the same rows);
      // PostgreSQL plans a CROSS JOIN with a WHERE as any inner join.
      return `${cte}, moved AS (
          SELECT r."provinceSlug" AS p, ou.tier AS own, eu.tier AS eff, r."indicatorId" AS i, COUNT(*) AS n, SUM(r.value) AS sum
          FROM succ s JOIN unit ou ON ou.id = s.id JOIN unit eu ON eu.id = s.target CROSS JOIN indicator_reading r
          WHERE r."unitId" = s.id AND r.year = ${y1} AND ou.tier <> eu.tier${p1} GROUP BY r."provinceSlug", ou.tier, eu.tier, r."indicatorId"
        )
        SELECT x.p, x.t, x.i, SUM(x.n) AS n, SUM(x.sum) AS sum FROM (
          SELECT t."provinceSlug" AS p, t.tier AS t, t."indicatorId" AS i, t.n AS n, t.sum AS sum FROM indicator_total t WHERE t.year = ${y2} AND t.n > 0${p2}
          UNION ALL SELECT p, own, i, -n, -sum FROM moved${this.inTier(q, s.unitTier, 'own', 'WHERE')}
          UNION ALL SELECT p, eff, i, n, sum FROM moved${this.inTier(q, s.unitTier, 'eff', 'WHERE')}
        ) x GROUP BY x.p, x.t, x.i HAVING SUM(x.n) > 0`;
    });
  }

  /** Drill-down: the units of the provinces (active as the boundaries say) with their figures, by (successor) unit. */
  async unitFigures(s: Scope): Promise<{ units: Row[]; nominations: Row[]; registered: Row[]; reports: Row[] }> {
    const [units, nominations, registered, reports] = await Promise.all([
      this.run(
        (
          q,
        ) => `SELECT u.id AS uid, u."provinceSlug" AS p, u.tier AS t, u.name, u."sortKey", u."staffCount" AS staff, u."validTo"
        FROM unit u WHERE ${this.active(q, s, 'u')}${this.inProvinces(q, s, 'u."provinceSlug"')}`,
      ),
      this.run(
        (q) => `${this.successors(q, s)}SELECT eu.id AS uid, n.status AS st, COUNT(*) AS n
        FROM nomination n ${this.effective(s, 'n."nominatingUnitId"')}
        WHERE n."phaseId" IN (${q.list(s.phaseIds)})${this.inProvinces(q, s, 'n."provinceSlug"')} GROUP BY eu.id, n.status`,
      ),
      this.run(
        (
          q,
        ) => `${this.successors(q, s)}SELECT DISTINCT eu.id AS uid FROM registration r ${this.effective(s, 'r."unitId"')}
        WHERE r.year = ${q.add(s.year)}${this.inProvinces(q, s, 'r."provinceSlug"')}`,
      ),
      this.run(
        (
          q,
        ) => `${this.successors(q, s)}SELECT eu.id AS uid, COUNT(*) AS n, SUM(CASE WHEN m."submittedOn" <= m."dueOn" THEN 1 ELSE 0 END) AS "onTime"
        FROM movement_report m ${this.effective(s, 'm."unitId"')}
        WHERE m.year = ${q.add(s.year)}${this.inProvinces(q, s, 'm."provinceSlug"')} GROUP BY eu.id`,
      ),
    ]);
    return { units, nominations, registered, reports };
  }
}
