import { describe, expect, it } from 'vitest';
import { comparePlans, NOT_SET } from './plans.js';
import { formQuotaTotals, phaseQuotaTotals, sumFigures } from './quota-totals.js';
import { manifestOf, PLAN_A, PLAN_B } from './test-manifests.js';

const a = manifestOf(PLAN_A);
const b = manifestOf(PLAN_B);
const both = ['collective', 'individual'] as const;

describe('quota totals', () => {
  it('adds separate caps and lets a combined cap bound each kind ("tối đa 05 tập thể, cá nhân")', () => {
    const base = { phaseId: 'p', awardFormId: 'f', source: 'IV' };
    expect(formQuotaTotals({ recipients: [...both] }, { ...base, maxCollectives: 8, maxIndividuals: 8 })).toEqual({
      collectives: { value: 8, status: 'fixed' },
      individuals: { value: 8, status: 'fixed' },
      combined: { value: 16, status: 'fixed' },
    });
    // 5 of either kind, but 5 in all: combined = min(5 + 5, 5)
    expect(formQuotaTotals({ recipients: [...both] }, { ...base, maxCombined: 5 }).combined).toEqual({
      value: 5,
      status: 'fixed',
    });
  });

  it('tells uncapped, unset and not-given apart instead of inventing a number', () => {
    const base = { phaseId: 'p', awardFormId: 'f', source: 'IV' };
    expect(formQuotaTotals({ recipients: [...both] }, { ...base, decidedByHead: true }).combined).toEqual({
      value: null,
      status: 'uncapped',
    });
    expect(
      formQuotaTotals({ recipients: [...both] }, { ...base, perNominatingUnit: { collectives: 1 } }).collectives.status,
    ).toBe('uncapped');
    expect(formQuotaTotals({ recipients: [...both] }, undefined).individuals).toEqual({ value: null, status: 'none' });
    // Only collectives capped: the plan is silent on individuals, so the total is unknown too.
    const onlyCollectives = formQuotaTotals({ recipients: [...both] }, { ...base, maxCollectives: 3 });
    expect([onlyCollectives.individuals.status, onlyCollectives.combined.status]).toEqual(['none', 'none']);
    // A collectives-only award has no individual places: 0, not "unset".
    expect(formQuotaTotals({ recipients: ['collective'] }, { ...base, maxCollectives: 3 })).toMatchObject({
      individuals: { value: 0, status: 'not-given' },
      combined: { value: 3, status: 'fixed' },
    });
  });

  it('sums a phase over its award forms; one uncapped form makes the phase uncapped', () => {
    // nam-2024: bang-khen maxCombined 5 (both kinds) + co maxCombined 2 (collectives only): collectives 5 + 2, individuals 5 + 0, combined 5 + 2
    const year = phaseQuotaTotals(
      a,
      a.phases.find((p) => p.id === 'nam-2024')!,
    );
    expect([year.collectives.value, year.individuals.value, year.combined.value]).toEqual([7, 5, 7]);
    const review = phaseQuotaTotals(
      a,
      a.phases.find((p) => p.id === 'so-ket-2025')!,
    );
    expect(review.forms.map((f) => f.combined)).toEqual([
      { value: 16, status: 'fixed' },
      { value: null, status: 'uncapped' },
    ]);
    expect(review.combined).toEqual({ value: null, status: 'uncapped' });
    expect(sumFigures([])).toEqual({ value: 0, status: 'not-given' });
  });
});

describe('comparePlans', () => {
  const cmp = comparePlans([b, a]);

  it('puts provinces in Vietnamese order with span, stages, phases in date order and award forms', () => {
    expect(cmp.provinces.map((p) => p.slug)).toEqual(['mau-a', 'mau-b']);
    const [pa, pb] = cmp.provinces;
    expect(pa!.span).toEqual({ from: '2023-01-01', to: '2030-12-31', years: 8 });
    expect(pa!.stages.map((s) => s.id)).toEqual(['gd1', 'gd2']);
    expect(pa!.phases.map((p) => [p.id, p.from, p.to, p.nominationDeadline])).toEqual([
      ['nam-2024', '2024-01-01', '2024-12-31', null],
      ['so-ket-2025', '2025-10-01', '2025-12-31', '2025-11-15'],
    ]);
    expect(pa!.awardFormsByLevel).toEqual({ state: 0, government: 0, province: 2, unit: 1 });
    expect(pb!.plan).toEqual({ number: null, date: null, dateText: 'tháng 8/2022' });
    expect(pb!.stages).toEqual([]);
  });

  it('counts criteria per tier, null for a tier the plan does not have', () => {
    const byTier = (i: number) => Object.fromEntries(cmp.provinces[i]!.criteriaByTier.map((t) => [t.tier, t.count]));
    // A: district has hs-huyen (threshold) + top3 (rank) + mo-hinh (qualitative) = 3; agency takes part with none = 0.
    expect(byTier(0)).toMatchObject({
      district: 3,
      commune: 1,
      'provincial-agency': 0,
      official: null,
      enterprise: null,
    });
    expect(cmp.provinces[0]!.criteriaByTier.find((t) => t.tier === 'district')).toMatchObject({
      qualitative: 1,
      threshold: 1,
      rank: 1,
    });
    expect(byTier(1)).toMatchObject({ official: 1, district: null });
  });

  it('maps every numeric bar to the catalogue, and shows "không quy định" where a plan sets none', () => {
    const row = (id: string, measure: string, year: number | null = null) =>
      cmp.measures.find((r) => r.indicatorId === id && r.measure === measure && r.year === year);
    const commune = row('work-dossiers-online.commune', 'threshold')!;
    expect(commune.indicator?.nameEn).toBe('Share of work dossiers processed online (commune)');
    expect(commune.cells).toEqual([
      {
        slug: 'mau-a',
        value: 60,
        operator: '>',
        text: 'Trên 60% hồ sơ công việc cấp xã xử lý trên môi trường mạng',
        bars: [expect.objectContaining({ tier: 'commune', source: 'III.1' })],
      },
      { slug: 'mau-b', value: null, operator: null, text: NOT_SET.vi, bars: [] },
    ]);
    expect(row('work-dossiers-online.district', 'threshold')!.cells.map((c) => [c.value, c.operator])).toEqual([
      [80, '>='],
      [null, null],
    ]);
    // Targets get one row per year.
    expect(row('work-dossiers-online.province', 'target', 2025)!.cells.map((c) => c.value)).toEqual([90, null]);
    expect(row('work-dossiers-online.province', 'target', 2030)!.cells.map((c) => c.value)).toEqual([100, null]);
    expect(row('dti-rank', 'rank')!.cells[0]).toMatchObject({ value: 3, operator: 'top' });
    // Catalogue order: work dossiers (province, district, commune), then the DTI rank; a threshold row before target rows.
    expect(cmp.measures.map((r) => `${r.indicatorId} ${r.measure} ${r.year ?? ''}`.trim())).toEqual([
      'work-dossiers-online.province target 2025',
      'work-dossiers-online.province target 2030',
      'work-dossiers-online.district threshold',
      'work-dossiers-online.commune threshold',
      'dti-rank rank',
    ]);
  });

  it('shows a merger from the manifest', () => {
    const merged = manifestOf(PLAN_B, {
      mergedInto: { slug: 'mau-a', name: 'Tỉnh Mẫu A', date: '2025-07-01', source: 'NQ 202/2025/QH15' },
    });
    expect(comparePlans([merged]).provinces[0]!.mergedInto).toEqual({
      slug: 'mau-a',
      name: 'Tỉnh Mẫu A',
      date: '2025-07-01',
    });
  });
});

describe('a plan that leaves things unsaid', () => {
  const silent = manifestOf({
    ...PLAN_B,
    criteria: [],
    quotas: [],
    notStated: [
      { field: 'criteria', source: 'toàn văn Kế hoạch' },
      { field: 'quotas', source: 'IV', text: 'Kế hoạch chưa nêu số lượng khen thưởng' },
    ],
  });

  it('reads "chưa quy định" for its quotas and criteria, never 0 and never "không quy định"', () => {
    const cmp = comparePlans([a, silent]);
    const s = cmp.provinces.find((p) => p.slug === silent.slug)!;
    expect(s.notStated).toEqual(['criteria', 'quotas']);
    expect(s.phases.every((p) => p.quota.combined.status === 'not-stated' && p.quota.combined.value === null)).toBe(
      true,
    );
    expect(s.criteriaByTier.every((t) => t.count === null)).toBe(true);
    const cells = cmp.measures.filter((m) => m.measure !== 'target').map((m) => m.cells[1]!);
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.every((c) => c.value === null && c.text === 'chưa quy định')).toBe(true);
  });

  it('keeps "không quy định" for a plan that states its criteria but sets no bar on an indicator', () => {
    const cmp = comparePlans([a, b]);
    expect(cmp.provinces.every((p) => p.notStated.length === 0)).toBe(true);
    expect(cmp.measures.flatMap((m) => m.cells).some((c) => c.text === NOT_SET.vi)).toBe(true);
  });
});
