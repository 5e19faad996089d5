// The floor: the best hand-written SQL for the same numbers as each comparison endpoint, run straight on the
// database (no HTTP, no framework, no JSON). Literal values instead of parameters, as one would type them.
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
  const active = (a) => (s.boundaries === 'then' ? `(${a}."validTo" IS NULL OR ${a}."validTo" >= '${y}-01-01')` : `(${a}."validTo" IS NULL OR ${a}."validTo" > ${lit(s.today)})`);
  const tierU = (a) => (s.tier ? ` AND ${a}.tier = ${lit(s.tier)}` : '');
  const phases = `"phaseId" IN (${list(s.phaseIds)})`;
  const out = [];
  if (s.boundaries === 'then') {
    out.push(`SELECT "provinceSlug", COUNT(*), SUM("staffCount") FROM unit u WHERE ${active('u')}${tierU('u')} GROUP BY 1`);
    out.push(`SELECT r."provinceSlug", COUNT(*) FROM registration r JOIN unit u ON u.id = r."unitId" WHERE r.year = ${y} AND ${active('u')}${tierU('u')} GROUP BY 1`);
    out.push(`SELECT "provinceSlug", "phaseId", "awardFormId", status, recipient, COUNT(*) FROM nomination WHERE ${phases}${s.tier ? ` AND tier = ${lit(s.tier)}` : ''} GROUP BY 1, 2, 3, 4, 5`);
    if (s.tier) out.push(`SELECT "provinceSlug", "phaseId", "awardFormId", recipient, COUNT(*) FROM nomination WHERE ${phases} AND status IN ('approved', 'decided') GROUP BY 1, 2, 3, 4`);
    out.push(`SELECT n."provinceSlug", COUNT(*) FROM nomination n JOIN person p ON p.id = n."nomineePersonId" WHERE n.${phases} AND n.status = 'decided' AND n.recipient = 'individual' AND NOT p."isLeader"${s.tier ? ` AND n.tier = ${lit(s.tier)}` : ''} GROUP BY 1`);
    const reports = `SELECT r."provinceSlug" AS p, r."unitId" AS uid, 0 AS ok FROM registration r WHERE r.year = ${y} AND NOT EXISTS (SELECT 1 FROM movement_report m WHERE m."unitId" = r."unitId" AND m.year = ${y})
      UNION ALL SELECT "provinceSlug", "unitId", CASE WHEN "submittedOn" <= "dueOn" THEN 1 ELSE 0 END FROM movement_report WHERE year = ${y}`;
    out.push(s.tier ? `SELECT x.p, COUNT(*), SUM(x.ok) FROM (${reports}) x JOIN unit u ON u.id = x.uid AND u.tier = ${lit(s.tier)} GROUP BY 1` : `SELECT p, COUNT(*), SUM(ok) FROM (${reports}) x GROUP BY 1`);
    out.push(s.tier
      ? `SELECT r."provinceSlug", r."indicatorId", COUNT(*), SUM(r.value) FROM indicator_reading r JOIN unit u ON u.id = r."unitId" AND u.tier = ${lit(s.tier)} WHERE r.year = ${y} GROUP BY 1, 2`
      : `SELECT "provinceSlug", "indicatorId", COUNT(*), SUM(value) FROM indicator_reading WHERE year = ${y} GROUP BY 1, 2`);
  } else {
    const eff = (col) => `LEFT JOIN succ s ON s.id = ${col} JOIN unit eu ON eu.id = COALESCE(s.target, ${col})`;
    out.push(`SELECT "provinceSlug", COUNT(*), SUM("staffCount") FROM unit u WHERE ${active('u')}${tierU('u')} GROUP BY 1`);
    out.push(`${successors(s.today)}SELECT eu."provinceSlug", COUNT(DISTINCT eu.id) FROM registration r ${eff('r."unitId"')} WHERE r.year = ${y} AND ${active('eu')}${tierU('eu')} GROUP BY 1`);
    out.push(s.tier
      ? `${successors(s.today)}SELECT n."provinceSlug", "phaseId", "awardFormId", status, recipient, COUNT(*) FROM nomination n LEFT JOIN succ s ON s.id = n."nomineeUnitId" LEFT JOIN unit eu ON eu.id = COALESCE(s.target, n."nomineeUnitId")
          WHERE n.${phases} AND (CASE WHEN n.recipient = 'collective' AND eu.id IS NOT NULL THEN eu.tier ELSE n.tier END) = ${lit(s.tier)} GROUP BY 1, 2, 3, 4, 5`
      : `SELECT "provinceSlug", "phaseId", "awardFormId", status, recipient, COUNT(*) FROM nomination WHERE ${phases} GROUP BY 1, 2, 3, 4, 5`);
    out.push(`SELECT n."provinceSlug", COUNT(*) FROM nomination n JOIN person p ON p.id = n."nomineePersonId" WHERE n.${phases} AND n.status = 'decided' AND n.recipient = 'individual' AND NOT p."isLeader" GROUP BY 1`);
    out.push(`${successors(s.today)}SELECT eu."provinceSlug", COUNT(*), SUM(x.ok) FROM (
        SELECT r."unitId" AS uid, 0 AS ok FROM registration r WHERE r.year = ${y} AND NOT EXISTS (SELECT 1 FROM movement_report m WHERE m."unitId" = r."unitId" AND m.year = ${y})
        UNION ALL SELECT "unitId", CASE WHEN "submittedOn" <= "dueOn" THEN 1 ELSE 0 END FROM movement_report WHERE year = ${y}) x ${eff('x.uid')}${s.tier ? ` WHERE eu.tier = ${lit(s.tier)}` : ''} GROUP BY 1`);
    out.push(s.tier
      ? `${successors(s.today)}SELECT r."provinceSlug", r."indicatorId", COUNT(*), SUM(r.value) FROM indicator_reading r ${eff('r."unitId"')} WHERE r.year = ${y} AND eu.tier = ${lit(s.tier)} GROUP BY 1, 2`
      : `SELECT "provinceSlug", "indicatorId", COUNT(*), SUM(value) FROM indicator_reading WHERE year = ${y} GROUP BY 1, 2`);
  }
  if (s.province) {
    // The drill-down: the province's units with their nominations, registrations and reports, and its readings by tier.
    const p = lit(s.province);
    const eff = (col) => (s.boundaries === 'then' ? `JOIN unit eu ON eu.id = ${col}` : `LEFT JOIN succ s ON s.id = ${col} JOIN unit eu ON eu.id = COALESCE(s.target, ${col})`);
    const cte = s.boundaries === 'then' ? '' : successors(s.today);
    out.push(`SELECT id, tier, name, "sortKey", "staffCount", "validTo" FROM unit u WHERE "provinceSlug" = ${p} AND ${active('u')}`);
    out.push(`${cte}SELECT eu.id, n.status, COUNT(*) FROM nomination n ${eff('n."nominatingUnitId"')} WHERE n."provinceSlug" = ${p} AND n.${phases} GROUP BY 1, 2`);
    out.push(`${cte}SELECT DISTINCT eu.id FROM registration r ${eff('r."unitId"')} WHERE r."provinceSlug" = ${p} AND r.year = ${y}`);
    out.push(`${cte}SELECT eu.id, COUNT(*), SUM(CASE WHEN m."submittedOn" <= m."dueOn" THEN 1 ELSE 0 END) FROM movement_report m ${eff('m."unitId"')} WHERE m."provinceSlug" = ${p} AND m.year = ${y} GROUP BY 1`);
    out.push(`${cte}SELECT eu.tier, r."indicatorId", COUNT(*), SUM(r.value) FROM indicator_reading r ${eff('r."unitId"')} WHERE r."provinceSlug" = ${p} AND r.year = ${y} GROUP BY 1, 2`);
  }
  return out;
}
