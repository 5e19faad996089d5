// The floor: the best hand-written SQL for the same numbers as each comparison endpoint, run straight on the
// database (no HTTP, no framework, no JSON), reading the same tables of totals (indicator_total, nomination_total,
// registration_total, report_total) where they serve. Literal values instead of parameters, as one would type them.
const lit = (s) => `'${String(s).replace(/'/g, "''")}'`;
const list = (xs) => (xs.length ? xs.map(lit).join(', ') : 'NULL');

/** Today's last unit of each moved-on unit (recursive, stops on loops), as in the api. */
const successors = (today) => `WITH RECURSIVE hop(id, target, depth) AS (
    SELECT id, "successorId", 1 FROM unit WHERE "successorId" IS NOT NULL AND "validTo" <= ${lit(today)}
    UNION ALL SELECT h.id, n."successorId", h.depth + 1 FROM hop h JOIN unit n ON n.id = h.target WHERE n."successorId" IS NOT NULL AND n."validTo" <= ${lit(today)} AND h.depth < 20
  ), succ AS (SELECT id, target FROM hop h WHERE NOT EXISTS (SELECT 1 FROM unit n WHERE n.id = h.target AND n."successorId" IS NOT NULL AND n."validTo" <= ${lit(today)})) `;

/**
 * The statements for one scenario: { year, phaseIds, boundaries, today, tier?, province? }. Each returns
 * per-province (or per-unit) aggregates; together they are every number the endpoint returns.
 */
export function floorStatements(s) {
  const y = s.year;
  const active = (a) =>
    s.boundaries === 'then'
      ? `(${a}."validTo" IS NULL OR ${a}."validTo" >= '${y}-01-01')`
      : `(${a}."validTo" IS NULL OR ${a}."validTo" > ${lit(s.today)})`;
  const activeTotal = (a) => active(a).replace(`${a}."validTo" IS NULL`, `${a}."validTo" = ''`);
  const tierU = (a) => (s.tier ? ` AND ${a}.tier = ${lit(s.tier)}` : '');
  const phases = `"phaseId" IN (${list(s.phaseIds)})`;
  const out = [];
  if (s.boundaries === 'then') {
    out.push(
      `SELECT "provinceSlug", SUM(n), SUM(staff) FROM unit_total u WHERE ${activeTotal('u')}${tierU('u')} GROUP BY 1`,
    );
    out.push(
      `SELECT "provinceSlug", SUM(n) FROM registration_total WHERE year = ${y} AND ("validTo" = '' OR "validTo" >= '${y}-01-01')${tierU('registration_total')} GROUP BY 1`,
    );
    out.push(
      `SELECT "provinceSlug", "phaseId", "awardFormId", status, recipient, SUM(n) FROM nomination_total WHERE ${phases}${s.tier ? ` AND tier = ${lit(s.tier)}` : ''} GROUP BY 1, 2, 3, 4, 5`,
    );
    if (s.tier)
      out.push(
        `SELECT "provinceSlug", "phaseId", "awardFormId", recipient, SUM(n) FROM nomination_total WHERE ${phases} AND status IN ('approved', 'decided') GROUP BY 1, 2, 3, 4`,
      );
    out.push(
      `SELECT "provinceSlug", SUM("nonLeader") FROM nomination_total WHERE ${phases} AND status = 'decided' AND recipient = 'individual'${s.tier ? ` AND tier = ${lit(s.tier)}` : ''} GROUP BY 1`,
    );
    out.push(`SELECT p, SUM(e), SUM(o) FROM (SELECT "provinceSlug" AS p, n - reported AS e, 0 AS o FROM registration_total WHERE year = ${y}${tierU('registration_total')}
      UNION ALL SELECT "provinceSlug", n, "onTime" FROM report_total WHERE year = ${y}${tierU('report_total')}) x GROUP BY 1`);
    out.push(
      s.tier
        ? `SELECT "provinceSlug", "indicatorId", n, sum FROM indicator_total WHERE year = ${y} AND tier = ${lit(s.tier)} AND n > 0`
        : `SELECT "provinceSlug", "indicatorId", SUM(n), SUM(sum) FROM indicator_total WHERE year = ${y} GROUP BY 1, 2`,
    );
  } else {
    out.push(
      `SELECT "provinceSlug", SUM(n), SUM(staff) FROM unit_total u WHERE ${activeTotal('u')}${tierU('u')} GROUP BY 1`,
    );
    // Registrations: units active today, plus the successors of units that moved on (unless they registered too).
    out.push(`${successors(s.today)}SELECT p, SUM(n) FROM (SELECT "provinceSlug" AS p, n FROM registration_total WHERE year = ${y} AND ("validTo" = '' OR "validTo" > ${lit(s.today)})${tierU('registration_total')}
        UNION ALL SELECT eu."provinceSlug", COUNT(DISTINCT eu.id) FROM succ s JOIN registration r ON r."unitId" = s.id AND r.year = ${y} JOIN unit eu ON eu.id = s.target
          WHERE ${active('eu')}${tierU('eu')} AND NOT EXISTS (SELECT 1 FROM registration o WHERE o."unitId" = eu.id AND o.year = ${y}) GROUP BY 1) x GROUP BY 1`);
    // By tier: the tier's totals, less its collectives whose unit moved to another tier, plus those that moved in.
    out.push(
      s.tier
        ? `${successors(s.today)}, moved AS (SELECT n."provinceSlug" AS p, n."phaseId" AS ph, n."awardFormId" AS f, n.status AS st, n.recipient AS rc, CASE WHEN n.tier = ${lit(s.tier)} THEN -1 ELSE 1 END AS sign
            FROM succ s JOIN nomination n ON n."nomineeUnitId" = s.id JOIN unit eu ON eu.id = s.target
            WHERE n.recipient = 'collective' AND n.${phases} AND eu.tier <> n.tier AND (n.tier = ${lit(s.tier)} OR eu.tier = ${lit(s.tier)}))
          SELECT p, ph, f, st, rc, SUM(n) FROM (SELECT "provinceSlug" AS p, "phaseId" AS ph, "awardFormId" AS f, status AS st, recipient AS rc, n FROM nomination_total WHERE ${phases} AND tier = ${lit(s.tier)}
            UNION ALL SELECT p, ph, f, st, rc, SUM(sign) FROM moved GROUP BY 1, 2, 3, 4, 5) x GROUP BY 1, 2, 3, 4, 5`
        : `SELECT "provinceSlug", "phaseId", "awardFormId", status, recipient, SUM(n) FROM nomination_total WHERE ${phases} GROUP BY 1, 2, 3, 4, 5`,
    );
    if (s.tier)
      out.push(
        `SELECT "provinceSlug", "phaseId", "awardFormId", recipient, SUM(n) FROM nomination_total WHERE ${phases} AND status IN ('approved', 'decided') GROUP BY 1, 2, 3, 4`,
      );
    out.push(
      `SELECT "provinceSlug", SUM("nonLeader") FROM nomination_total WHERE ${phases} AND status = 'decided' AND recipient = 'individual'${s.tier ? ` AND tier = ${lit(s.tier)}` : ''} GROUP BY 1`,
    );
    // Reports: the totals, with the rows of units that moved on shifted to their successor's province and tier.
    const inTier = (a) => (s.tier ? `${a} = ${lit(s.tier)}` : 'TRUE');
    out.push(`${successors(s.today)}, moved AS (SELECT ou."provinceSlug" AS op, ou.tier AS ot, eu."provinceSlug" AS ep, eu.tier AS et, x.ok FROM (
          SELECT r."unitId" AS uid, 0 AS ok FROM succ s JOIN registration r ON r."unitId" = s.id AND r.year = ${y} WHERE NOT EXISTS (SELECT 1 FROM movement_report m WHERE m."unitId" = r."unitId" AND m.year = ${y})
          UNION ALL SELECT m."unitId", CASE WHEN m."submittedOn" <= m."dueOn" THEN 1 ELSE 0 END FROM succ s JOIN movement_report m ON m."unitId" = s.id AND m.year = ${y}
        ) x JOIN succ s ON s.id = x.uid JOIN unit ou ON ou.id = s.id JOIN unit eu ON eu.id = s.target WHERE ou."provinceSlug" <> eu."provinceSlug" OR ou.tier <> eu.tier)
      SELECT p, SUM(e), SUM(o) FROM (SELECT "provinceSlug" AS p, n - reported AS e, 0 AS o FROM registration_total WHERE year = ${y}${tierU('registration_total')}
        UNION ALL SELECT "provinceSlug", n, "onTime" FROM report_total WHERE year = ${y}${tierU('report_total')}
        UNION ALL SELECT op, -COUNT(*), -SUM(ok) FROM moved WHERE ${inTier('ot')} GROUP BY 1
        UNION ALL SELECT ep, COUNT(*), SUM(ok) FROM moved WHERE ${inTier('et')} GROUP BY 1) x GROUP BY 1`);
    // By tier: the totals of the tier, less the readings of its units that moved to another tier, plus those that moved in.
    // CROSS JOIN keeps SQLite on the moved units first, reading their readings by unit (as the api does).
    out.push(
      s.tier
        ? `${successors(s.today)}, moved AS (SELECT r."provinceSlug" AS p, r."indicatorId" AS i, CASE WHEN ou.tier = ${lit(s.tier)} THEN -1 ELSE 1 END AS sign, r.value AS v
            FROM succ s JOIN unit ou ON ou.id = s.id JOIN unit eu ON eu.id = s.target CROSS JOIN indicator_reading r
            WHERE r."unitId" = s.id AND r.year = ${y} AND ou.tier <> eu.tier AND (ou.tier = ${lit(s.tier)} OR eu.tier = ${lit(s.tier)}))
          SELECT p, i, SUM(n), SUM(sum) FROM (SELECT "provinceSlug" AS p, "indicatorId" AS i, n, sum FROM indicator_total WHERE year = ${y} AND tier = ${lit(s.tier)}
            UNION ALL SELECT p, i, SUM(sign), SUM(sign * v) FROM moved GROUP BY 1, 2) x GROUP BY 1, 2`
        : `SELECT "provinceSlug", "indicatorId", SUM(n), SUM(sum) FROM indicator_total WHERE year = ${y} GROUP BY 1, 2`,
    );
  }
  if (s.province) {
    // The drill-down: the province's units with their nominations, registrations and reports, and its readings by tier.
    const p = lit(s.province);
    const eff = (col) =>
      s.boundaries === 'then'
        ? `JOIN unit eu ON eu.id = ${col}`
        : `LEFT JOIN succ s ON s.id = ${col} JOIN unit eu ON eu.id = COALESCE(s.target, ${col})`;
    const cte = s.boundaries === 'then' ? '' : successors(s.today);
    out.push(
      `SELECT id, tier, name, "sortKey", "staffCount", "validTo" FROM unit u WHERE "provinceSlug" = ${p} AND ${active('u')}`,
    );
    out.push(
      `${cte}SELECT eu.id, n.status, COUNT(*) FROM nomination n ${eff('n."nominatingUnitId"')} WHERE n."provinceSlug" = ${p} AND n.${phases} GROUP BY 1, 2`,
    );
    out.push(
      `${cte}SELECT DISTINCT eu.id FROM registration r ${eff('r."unitId"')} WHERE r."provinceSlug" = ${p} AND r.year = ${y}`,
    );
    out.push(
      `${cte}SELECT eu.id, COUNT(*), SUM(CASE WHEN m."submittedOn" <= m."dueOn" THEN 1 ELSE 0 END) FROM movement_report m ${eff('m."unitId"')} WHERE m."provinceSlug" = ${p} AND m.year = ${y} GROUP BY 1`,
    );
    out.push(
      s.boundaries === 'then'
        ? `SELECT tier, "indicatorId", n, sum FROM indicator_total WHERE "provinceSlug" = ${p} AND year = ${y} AND n > 0`
        : `${cte}SELECT eu.tier, r."indicatorId", COUNT(*), SUM(r.value) FROM indicator_reading r ${eff('r."unitId"')} WHERE r."provinceSlug" = ${p} AND r.year = ${y} GROUP BY 1, 2`,
    );
  }
  return out;
}
