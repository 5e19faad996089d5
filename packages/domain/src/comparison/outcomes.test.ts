import { describe, expect, it } from 'vitest';
import type { OutcomeCounts } from './schemas.js';
import {
  addCounts,
  computeFigures,
  emptyCounts,
  indicatorValue,
  phasesInScope,
  quotaUse,
  rankFigures,
  rankIndicators,
  targetFor,
} from './outcomes.js';
import { manifestOf, PLAN_A, PLAN_B } from './test-manifests.js';

const a = manifestOf(PLAN_A);

function counts(patch: Partial<OutcomeCounts>, statuses: Partial<OutcomeCounts['nominations']> = {}): OutcomeCounts {
  const c = { ...emptyCounts(), ...patch };
  return { ...c, nominations: { ...c.nominations, ...statuses } };
}

describe('figures', () => {
  it('normalises by units and staff, and explains nothing as null rather than zero', () => {
    const c = counts(
      {
        units: 40,
        staff: 2000,
        registered: 30,
        awardsCollective: 6,
        awardsIndividual: 4,
        awardsIndividualNonLeader: 3,
        reportsExpected: 32,
        reportsOnTime: 24,
        quotaPlaces: 16,
        quotaUsed: 12,
      },
      { draft: 5, submitted: 2, rejected: 2, approved: 2, decided: 10 },
    );
    const f = computeFigures(c);
    expect(f.registeredShare.value).toBe(75); // 30 / 40 × 100
    expect(f.nominations.value).toBe(16); // 2 + 2 + 2 + 10, drafts left out
    expect(f.approvalShare.value).toBeCloseTo(85.714, 3); // (2 + 10) / (2 + 10 + 2) × 100
    expect(f.awards.value).toBe(10); // 6 + 4
    expect(f.awardsPer100Units.value).toBe(25); // 10 / 40 × 100
    expect(f.awardsPer1000Staff.value).toBe(5); // 10 / 2000 × 1000
    expect(f.quotaUse.value).toBe(75); // 12 / 16 × 100
    expect(f.nonLeaderShare.value).toBe(75); // 3 / 4 × 100
    expect(f.reportsOnTimeShare.value).toBe(75); // 24 / 32 × 100
    const none = computeFigures(emptyCounts());
    expect([none.registeredShare.value, none.awardsPer1000Staff.value, none.quotaUse.value, none.units.value]).toEqual([
      null,
      null,
      null,
      0,
    ]);
  });

  it('adds counts of merged provinces field by field, indicators as sums so the mean is over all their units', () => {
    const x = counts({ units: 10, indicators: { 'dti-score': { n: 2, sum: 150 } } }, { decided: 1 });
    const y = counts(
      { units: 30, indicators: { 'dti-score': { n: 6, sum: 330 }, 'e-documents-signed': { n: 1, sum: 90 } } },
      { decided: 2 },
    );
    const sum = addCounts(x, y);
    expect(sum.units).toBe(40);
    expect(sum.nominations.decided).toBe(3);
    expect(sum.indicators).toEqual({ 'dti-score': { n: 8, sum: 480 }, 'e-documents-signed': { n: 1, sum: 90 } });
    expect(indicatorValue(sum.indicators['dti-score'], null).value).toBe(60); // 480 / 8, not (75 + 55) / 2
    expect(x.units).toBe(10); // inputs untouched
  });

  it('ranks normalised figures only, and gives the national quartiles', () => {
    const rows = [30, 10, 20, 40].map((registered) => ({
      figures: computeFigures(counts({ units: 100, registered })),
    }));
    const dist = rankFigures(rows);
    expect(rows.map((r) => r.figures.registeredShare.rank)).toEqual([2, 4, 3, 1]);
    expect(dist.registeredShare).toEqual({ n: 4, q1: 17.5, median: 25, q3: 32.5 }); // 10 20 30 40
    expect(dist.units).toBeNull();
    expect(rows[0]!.figures.units.rank).toBeNull();
  });
});

describe('indicators against own targets and the nation', () => {
  it("takes the year's target, else the next one, and says whether the mean meets it", () => {
    expect(targetFor(a, 'work-dossiers-online.province', 2024)?.year).toBe(2025);
    expect(targetFor(a, 'work-dossiers-online.province', 2026)?.value).toBe(100);
    expect(targetFor(a, 'work-dossiers-online.province', 2031)).toBeNull();
    expect(targetFor(null, 'dti-score', 2024)).toBeNull();
    const v = indicatorValue({ n: 4, sum: 364 }, targetFor(a, 'work-dossiers-online.province', 2025)); // 91 ≥ 90
    expect(v).toMatchObject({ value: 91, n: 4, meetsTarget: true, target: { year: 2025, operator: '>=', value: 90 } });
    expect(indicatorValue(undefined, null)).toMatchObject({ value: null, n: 0, meetsTarget: null, target: null });
  });

  it('ranks a rank indicator smallest first', () => {
    const rows = [
      {
        indicators: {
          'dti-rank': indicatorValue({ n: 1, sum: 5 }, null),
          'dti-score': indicatorValue({ n: 1, sum: 70 }, null),
        },
      },
      {
        indicators: {
          'dti-rank': indicatorValue({ n: 1, sum: 2 }, null),
          'dti-score': indicatorValue({ n: 1, sum: 80 }, null),
        },
      },
    ];
    rankIndicators(rows, ['dti-rank', 'dti-score']);
    expect(rows.map((r) => [r.indicators['dti-rank'].rank, r.indicators['dti-score'].rank])).toEqual([
      [2, 2],
      [1, 1],
    ]);
  });
});

describe('phases and quota use', () => {
  it('takes the phases that end in the year, narrowed by id or kind', () => {
    expect(phasesInScope(a, { year: 2025 }).map((p) => p.id)).toEqual(['so-ket-2025']);
    expect(phasesInScope(a, { year: 2024, phaseKind: 'annual' }).map((p) => p.id)).toEqual(['nam-2024']);
    expect(phasesInScope(a, { year: 2024, phaseId: 'so-ket-2025' })).toEqual([]);
  });

  it('counts places and use under fixed caps only', () => {
    const used: Record<string, number> = {
      'so-ket-2025|bang-khen|collective': 6,
      'so-ket-2025|bang-khen|individual': 4,
      'so-ket-2025|giay-khen|individual': 30,
    };
    // bang-khen 8 + 8 = 16 places, 6 + 4 used; giay-khen is decided by the head of unit: left out.
    expect(quotaUse(a, phasesInScope(a, { year: 2025 }), (p, f, r) => used[`${p}|${f}|${r}`] ?? 0)).toEqual({
      places: 16,
      used: 10,
    });
    // Tỉnh Mẫu B caps collectives only (3); the individuals of bang-khen and giay-khen have no number: only collectives count.
    const b = manifestOf(PLAN_B);
    expect(quotaUse(b, b.phases, (_p, _f, r) => (r === 'collective' ? 2 : 9))).toEqual({ places: 3, used: 2 });
  });
});
