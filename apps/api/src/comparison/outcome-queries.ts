import type { DataSource } from 'typeorm';
import { type Dialect, dialectOf } from '../database/data-source.js';

/**
 * The aggregate SQL of the outcome comparison, one statement per source table, the same text on SQLite and
 * PostgreSQL (quoted camelCase columns, no dialect functions). Each groups by province and tier only, so the
 * work stays in the database and the service receives a few thousand rows at most; merged provinces are summed
 * afterwards (every figure is a sum). Placeholders are added in the order they appear in the text (SQLite binds
 * `?` by position).
 */
export interface Scope {
  year: number;
  /** Phase ids of every province in scope (rows are filtered per province afterwards). */
  phaseIds: string[];
  boundaries: 'then' | 'today';
  today: string;
  /** Restrict to these provinces (a drill-down); all provinces otherwise. */
  provinces?: string[];
  /** Group readings by tier too (needs a join with the units). */
  readingsByTier?: boolean;
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

export interface Row { p: string; t: string; [k: string]: string | number | null }

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
    return s.boundaries === 'then' ? `JOIN unit eu ON eu.id = ${unitColumn}` : `LEFT JOIN succ s ON s.id = ${unitColumn} JOIN unit eu ON eu.id = COALESCE(s.target, ${unitColumn})`;
  }

  /** A unit counts if it was active in the year (then) or is active today (today). */
  private active(q: Params, s: Scope, alias: string): string {
    return s.boundaries === 'then' ? `(${alias}."validTo" IS NULL OR ${alias}."validTo" >= ${q.add(`${s.year}-01-01`)})` : `(${alias}."validTo" IS NULL OR ${alias}."validTo" > ${q.add(s.today)})`;
  }

  private inProvinces(q: Params, s: Scope, column: string): string {
    return s.provinces ? ` AND ${column} IN (${q.list(s.provinces)})` : '';
  }

  /** p, t, n (units), staff */
  units(s: Scope): Promise<Row[]> {
    return this.run((q) => `SELECT u."provinceSlug" AS p, u.tier AS t, COUNT(*) AS n, SUM(u."staffCount") AS staff
      FROM unit u WHERE ${this.active(q, s, 'u')}${this.inProvinces(q, s, 'u."provinceSlug"')} GROUP BY u."provinceSlug", u.tier`);
  }

  /** p, t, n: units registered in the year, each (successor) unit once. */
  registrations(s: Scope): Promise<Row[]> {
    return this.run((q) => `${this.successors(q, s)}SELECT eu."provinceSlug" AS p, eu.tier AS t, COUNT(DISTINCT eu.id) AS n
      FROM registration r ${this.effective(s, 'r."unitId"')}
      WHERE r.year = ${q.add(s.year)} AND ${this.active(q, s, 'eu')}${this.inProvinces(q, s, 'r."provinceSlug"')} GROUP BY eu."provinceSlug", eu.tier`);
  }

  /**
   * p, t, ph (phase), f (award form), st (status), rc (recipient), n. A collective's tier is its (successor)
   * unit's under today's boundaries; an individual keeps the person's tier.
   */
  nominations(s: Scope): Promise<Row[]> {
    const tier = s.boundaries === 'then' ? 'n.tier' : `CASE WHEN n.recipient = 'collective' AND eu.id IS NOT NULL THEN eu.tier ELSE n.tier END`;
    const join = s.boundaries === 'then' ? '' : 'LEFT JOIN succ s ON s.id = n."nomineeUnitId" LEFT JOIN unit eu ON eu.id = COALESCE(s.target, n."nomineeUnitId")';
    return this.run((q) => `${this.successors(q, s)}SELECT n."provinceSlug" AS p, ${tier} AS t, n."phaseId" AS ph, n."awardFormId" AS f, n.status AS st, n.recipient AS rc, COUNT(*) AS n
      FROM nomination n ${join}
      WHERE n."phaseId" IN (${q.list(s.phaseIds)})${this.inProvinces(q, s, 'n."provinceSlug"')}
      GROUP BY n."provinceSlug", ${tier}, n."phaseId", n."awardFormId", n.status, n.recipient`);
  }

  /** p, t, ph, n: individual awards to people without a leadership post. */
  nonLeaderAwards(s: Scope): Promise<Row[]> {
    return this.run((q) => `SELECT n."provinceSlug" AS p, n.tier AS t, n."phaseId" AS ph, COUNT(*) AS n
      FROM nomination n JOIN person pe ON pe.id = n."nomineePersonId"
      WHERE n.status = 'decided' AND n.recipient = 'individual' AND NOT pe."isLeader" AND n."phaseId" IN (${q.list(s.phaseIds)})${this.inProvinces(q, s, 'n."provinceSlug"')}
      GROUP BY n."provinceSlug", n.tier, n."phaseId"`);
  }

  /** p, t, expected, onTime: units that had to report in the year (registered or reported) and reports on time. */
  reports(s: Scope): Promise<Row[]> {
    return this.run((q) => {
      const cte = this.successors(q, s);
      const y1 = q.add(s.year);
      const p1 = this.inProvinces(q, s, 'r."provinceSlug"');
      const y2 = q.add(s.year);
      const p2 = this.inProvinces(q, s, 'm."provinceSlug"');
      return `${cte}SELECT eu."provinceSlug" AS p, eu.tier AS t, COUNT(*) AS expected, SUM(x.ontime) AS "onTime" FROM (
          SELECT r."unitId" AS uid, 0 AS ontime FROM registration r
          WHERE r.year = ${y1}${p1} AND NOT EXISTS (SELECT 1 FROM movement_report m WHERE m."unitId" = r."unitId" AND m.year = r.year)
          UNION ALL
          SELECT m."unitId", CASE WHEN m."submittedOn" <= m."dueOn" THEN 1 ELSE 0 END FROM movement_report m WHERE m.year = ${y2}${p2}
        ) x ${this.effective(s, 'x.uid')} GROUP BY eu."provinceSlug", eu.tier`;
    });
  }

  /** p, t ('' unless by tier), i (indicator), n, sum: readings of the year. */
  readings(s: Scope): Promise<Row[]> {
    if (!s.readingsByTier) {
      return this.run((q) => `SELECT r."provinceSlug" AS p, '' AS t, r."indicatorId" AS i, COUNT(*) AS n, SUM(r.value) AS sum
        FROM indicator_reading r WHERE r.year = ${q.add(s.year)}${this.inProvinces(q, s, 'r."provinceSlug"')} GROUP BY r."provinceSlug", r."indicatorId"`);
    }
    return this.run((q) => `${this.successors(q, s)}SELECT r."provinceSlug" AS p, eu.tier AS t, r."indicatorId" AS i, COUNT(*) AS n, SUM(r.value) AS sum
      FROM indicator_reading r ${this.effective(s, 'r."unitId"')}
      WHERE r.year = ${q.add(s.year)}${this.inProvinces(q, s, 'r."provinceSlug"')} GROUP BY r."provinceSlug", eu.tier, r."indicatorId"`);
  }

  /** Drill-down: the units of the provinces (active as the boundaries say) with their figures, by (successor) unit. */
  async unitFigures(s: Scope): Promise<{ units: Row[]; nominations: Row[]; registered: Row[]; reports: Row[] }> {
    const [units, nominations, registered, reports] = await Promise.all([
      this.run((q) => `SELECT u.id AS uid, u."provinceSlug" AS p, u.tier AS t, u.name, u."sortKey", u."staffCount" AS staff, u."validTo"
        FROM unit u WHERE ${this.active(q, s, 'u')}${this.inProvinces(q, s, 'u."provinceSlug"')}`),
      this.run((q) => `${this.successors(q, s)}SELECT eu.id AS uid, n.status AS st, COUNT(*) AS n
        FROM nomination n ${this.effective(s, 'n."nominatingUnitId"')}
        WHERE n."phaseId" IN (${q.list(s.phaseIds)})${this.inProvinces(q, s, 'n."provinceSlug"')} GROUP BY eu.id, n.status`),
      this.run((q) => `${this.successors(q, s)}SELECT DISTINCT eu.id AS uid FROM registration r ${this.effective(s, 'r."unitId"')}
        WHERE r.year = ${q.add(s.year)}${this.inProvinces(q, s, 'r."provinceSlug"')}`),
      this.run((q) => `${this.successors(q, s)}SELECT eu.id AS uid, COUNT(*) AS n, SUM(CASE WHEN m."submittedOn" <= m."dueOn" THEN 1 ELSE 0 END) AS "onTime"
        FROM movement_report m ${this.effective(s, 'm."unitId"')}
        WHERE m.year = ${q.add(s.year)}${this.inProvinces(q, s, 'm."provinceSlug"')} GROUP BY eu.id`),
    ]);
    return { units, nominations, registered, reports };
  }
}
