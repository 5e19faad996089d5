import { Injectable } from '@nestjs/common';
import {
  addCounts,
  type Boundaries,
  comparePlans,
  computeFigures,
  type CountryProvince,
  countryProvinces,
  emptyCounts,
  FIGURES,
  findIndicator,
  groupProvinces,
  INDICATOR_METHOD,
  INDICATORS,
  indicatorValue,
  methodFor,
  NOMINATION_STATUSES,
  PERSON_TIERS,
  type NominationStatus,
  type OutcomeCounts,
  type PhaseKind,
  phasesInScope,
  type PlanComparison,
  type ProvinceGroup,
  type ProvinceManifest,
  provincesInCountry,
  quotaUse,
  rankFigures,
  rankIndicators,
  type Recipient,
  type Tier,
  targetFor,
} from '@thidua/domain';
import { DataSource } from 'typeorm';
import { authorize, type Principal } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import { badRequest, notFound } from '../common/errors.js';
import { ProvincesRegistry } from '../provinces/provinces.registry.js';
import { OutcomeQueries, type Row, type Scope } from './outcome-queries.js';

export interface OutcomeParams {
  year?: number;
  phaseId?: string;
  phaseKind?: PhaseKind;
  tier?: Tier;
  boundaries: Boundaries;
  /** Drill down into one province (a plugin's slug, or a successor's under today's boundaries). */
  province?: string;
}

const DRILL_DOWN_UNITS = 100;

/** Counts of one province, by tier ('' = readings not split by tier). */
type ByTier = Map<string, OutcomeCounts>;

/** The national comparison: plans side by side, and outcomes normalised per province and tier. */
@Injectable()
export class ComparisonService {
  private readonly queries: OutcomeQueries;

  constructor(
    ds: DataSource,
    private readonly provinces: ProvincesRegistry,
    private readonly clock: Clock,
  ) {
    this.queries = new OutcomeQueries(ds);
  }

  /** Published plans: anyone may compare them. Unknown slugs are a 404 naming the slug. */
  plans(slugs: string[]): PlanComparison {
    const manifests = slugs.length
      ? slugs.map((s) => this.provinces.get(s))
      : this.provinces.all().map((p) => p.manifest);
    return comparePlans(manifests);
  }

  async outcomes(user: Principal, params: OutcomeParams) {
    authorize(user, 'read', 'comparison');
    const manifests = this.provinces.all().map((p) => p.manifest);
    const year = params.year ?? this.yearOfPhase(manifests, params.phaseId);
    const today = this.clock.today();
    const phases = new Map(
      manifests.map((m) => [m.slug, phasesInScope(m, { year, phaseId: params.phaseId, phaseKind: params.phaseKind })]),
    );
    if (params.phaseId && [...phases.values()].every((p) => p.length === 0))
      throw badRequest(
        `phaseId: không tỉnh nào có đợt "${params.phaseId}" kết thúc trong năm ${year} / no province has that phase in ${year}`,
        'bad-phase',
      );
    // One tier: the SQL reads that tier's rows only (a tier of people: its nominations, and every unit).
    const unitTier = params.tier && !PERSON_TIERS.includes(params.tier) ? params.tier : undefined;
    const scope: Scope = {
      year,
      boundaries: params.boundaries,
      today,
      phaseIds: [...new Set([...phases.values()].flat().map((p) => p.id))],
      byUnitTier: !!unitTier,
      unitTier,
      nominationTier: params.tier,
    };
    // On the country's map (34 provinces from 01/7/2025) every province is listed; those no plugin covers are marked.
    const map = this.provinces.countryMap;
    const country = countryProvinces(
      groupProvinces(manifests, params.boundaries, today),
      map,
      params.boundaries,
      today,
    );
    const own = user.role === 'national-admin' ? null : user.provinceSlug;
    const drill = params.province ? this.drillTarget(country, params.province, own) : null;

    const [national, drillDown] = await Promise.all([
      this.counts(scope, manifests, phases),
      drill ? this.drillDown(scope, manifests, phases, drill, params.tier) : null,
    ]);
    const all = country.map((g) => {
      const counts = g.members.map((m) => pick(national.get(m.slug), params.tier)).reduce(addCounts, emptyCounts());
      return this.row(g, counts, manifests, year);
    });
    const rows = all.filter((r) => r.hasPlan);
    const distribution = rankFigures(rows);
    const indicatorIds = [...new Set(rows.flatMap((r) => Object.keys(r.indicators)))].sort(
      (a, b) => catalogueIndex(a) - catalogueIndex(b),
    );
    for (const r of all)
      for (const id of indicatorIds)
        r.indicators[id] ??= indicatorValue(
          undefined,
          targetFor(manifests.find((m) => m.slug === r.planSlug) ?? null, id, year),
        );
    const indicatorDistribution = rankIndicators(rows, indicatorIds);
    for (const r of all) if (!r.hasPlan) r.figures = noFigures();
    // A province user sees their own row against the national distribution: no other province's row or name.
    const visible = own
      ? rows
          .filter((r) => r.members.some((m) => m.slug === own))
          .map((r) => ({ ...r, members: r.members.filter((m) => m.slug === own) }))
      : all;

    return {
      scope: {
        year,
        phaseId: params.phaseId ?? null,
        phaseKind: params.phaseKind ?? null,
        tier: params.tier ?? null,
        boundaries: params.boundaries,
        today,
        provinces: rows.length,
        country: provincesInCountry(map, params.boundaries, today),
      },
      figures: FIGURES.map((f) => ({ ...f, method: methodFor(f.method, params.boundaries, params.tier) })),
      indicators: indicatorIds.map((id) => {
        const i = findIndicator(id);
        return {
          id,
          name: i?.name ?? id,
          nameEn: i?.nameEn ?? id,
          unit: i?.unit ?? null,
          higherIsBetter: i?.higherIsBetter ?? true,
          method: methodFor(INDICATOR_METHOD, params.boundaries, params.tier),
        };
      }),
      distribution,
      indicatorDistribution,
      rows: visible.map(({ planSlug: _p, ...r }) => r),
      drillDown,
    };
  }

  /** Without a year, a phase id gives it: the year its period ends in the first plan that has it. */
  private yearOfPhase(manifests: ProvinceManifest[], phaseId?: string): number {
    const phase = phaseId ? manifests.flatMap((m) => m.phases).find((p) => p.id === phaseId) : undefined;
    if (!phase)
      throw badRequest(
        phaseId
          ? `phaseId: không có đợt "${phaseId}" / no such phase`
          : 'year: hãy chọn năm (hoặc phaseId) / choose a year or a phase',
        'year-required',
      );
    return Number(phase.period.to.slice(0, 4));
  }

  /** The provinces a drill-down reads: a province user only ever their own, whatever they ask for. */
  private drillTarget(
    groups: ProvinceGroup[],
    slug: string,
    own: string | null | undefined,
  ): { slug: string; name: string; members: string[] } {
    const group = groups.find((g) => g.slug === slug) ?? groups.find((g) => g.members.some((m) => m.slug === slug));
    const members = group?.slug === slug ? group.members.map((m) => m.slug) : [slug];
    const allowed = own === null ? members : members.filter((m) => m === own);
    if (!group || allowed.length === 0) throw notFound(`Không có tỉnh "${slug}" / no province "${slug}"`);
    return { slug: group.slug, name: group.name, members: allowed };
  }

  /** Every province's counts by tier, from one aggregate query per source table (run side by side). */
  private async counts(
    scope: Scope,
    manifests: ProvinceManifest[],
    phases: Map<string, { id: string; awardFormIds: string[] }[]>,
  ): Promise<Map<string, ByTier>> {
    const [units, registrations, nominations, nonLeaders, reports, readings, taken] = await Promise.all([
      this.queries.units(scope),
      this.queries.registrations(scope),
      this.queries.nominations(scope),
      this.queries.nonLeaderAwards(scope),
      this.queries.reports(scope),
      this.queries.readings(scope),
      // Quotas count every tier's nominations: when those above are of one tier, read them apart.
      scope.nominationTier ? this.queries.placesTaken(scope) : null,
    ]);
    const out = new Map<string, ByTier>();
    const at = (p: string, t: string) => {
      const byTier = out.get(p) ?? out.set(p, new Map()).get(p)!;
      return byTier.get(t) ?? byTier.set(t, emptyCounts()).get(t)!;
    };
    const inScope = (r: Row) => phases.get(r.p)?.some((ph) => ph.id === r.ph) ?? false;
    for (const r of units) Object.assign(at(r.p, r.t), { units: num(r.n), staff: num(r.staff) });
    for (const r of registrations) at(r.p, r.t).registered += num(r.n);
    for (const r of reports) {
      at(r.p, r.t).reportsExpected += num(r.expected);
      at(r.p, r.t).reportsOnTime += num(r.onTime);
    }
    for (const r of nominations.filter(inScope)) {
      const c = at(r.p, r.t);
      c.nominations[r.st as NominationStatus] += num(r.n);
      if (r.st === 'decided') c[r.rc === 'individual' ? 'awardsIndividual' : 'awardsCollective'] += num(r.n);
    }
    for (const r of nonLeaders.filter(inScope)) at(r.p, r.t).awardsIndividualNonLeader += num(r.n);
    for (const r of readings) {
      const c = at(r.p, r.t);
      c.indicators[String(r.i)] = { n: num(r.n), sum: num(r.sum) };
    }
    // Quotas are per phase × award form, not per tier: their places and use go on the '' (all tiers) entry.
    const placesTaken = new Map<string, number>();
    for (const r of taken ?? nominations) {
      if (r.st !== 'approved' && r.st !== 'decided') continue;
      const key = `${r.p}|${r.ph}|${r.f}|${r.rc}`;
      placesTaken.set(key, (placesTaken.get(key) ?? 0) + num(r.n));
    }
    for (const m of manifests) {
      const q = quotaUse(
        m,
        phases.get(m.slug) ?? [],
        (ph: string, f: string, rc: Recipient) => placesTaken.get(`${m.slug}|${ph}|${f}|${rc}`) ?? 0,
      );
      Object.assign(at(m.slug, ''), { quotaPlaces: q.places, quotaUsed: q.used });
    }
    return out;
  }

  private row(g: CountryProvince, counts: OutcomeCounts, manifests: ProvinceManifest[], year: number) {
    const plan = manifests.find((m) => m.slug === g.planSlug) ?? null;
    const indicators = Object.fromEntries(
      Object.entries(counts.indicators).map(([id, v]) => [id, indicatorValue(v, targetFor(plan, id, year))]),
    );
    return {
      slug: g.slug,
      name: g.name,
      members: g.members,
      formerly: g.formerly,
      hasPlan: g.hasPlan,
      planSlug: g.planSlug,
      counts: plainCounts(counts),
      figures: computeFigures(counts),
      indicators,
    };
  }

  /** One province's figures per tier, and its units (each successor once under today's boundaries). */
  private async drillDown(
    scope: Scope,
    manifests: ProvinceManifest[],
    phases: Map<string, { id: string; awardFormIds: string[] }[]>,
    target: { slug: string; name: string; members: string[] },
    tier?: Tier,
  ) {
    // Every tier of the province, whatever tier the national rows are for.
    const local: Scope = {
      ...scope,
      provinces: target.members,
      byUnitTier: true,
      unitTier: undefined,
      nominationTier: undefined,
    };
    const [byProvince, units] = await Promise.all([
      this.counts(
        local,
        manifests.filter((m) => target.members.includes(m.slug)),
        phases,
      ),
      this.queries.unitFigures(local),
    ]);
    const tiers = [
      ...new Set(manifests.filter((m) => target.members.includes(m.slug)).flatMap((m) => m.tiers.map((t) => t.tier))),
    ];
    const byTier = tiers.map((t) => {
      const counts = target.members.map((m) => pick(byProvince.get(m), t)).reduce(addCounts, emptyCounts());
      return {
        tier: t,
        counts: plainCounts(counts),
        figures: computeFigures(counts),
        indicators: Object.fromEntries(
          Object.entries(counts.indicators).map(([id, v]) => [id, indicatorValue(v, null)]),
        ),
      };
    });
    const statuses = new Map<number, Record<string, number>>();
    for (const r of units.nominations)
      (statuses.get(num(r.uid)) ?? statuses.set(num(r.uid), {}).get(num(r.uid))!)[String(r.st)] = num(r.n);
    const registered = new Set(units.registered.map((r) => num(r.uid)));
    const reports = new Map(units.reports.map((r) => [num(r.uid), { n: num(r.n), onTime: num(r.onTime) }]));
    const all = units.units
      .filter((u) => !tier || PERSON_TIERS.includes(tier) || u.t === tier)
      .map((u) => {
        const id = num(u.uid);
        const st = statuses.get(id) ?? {};
        const count = (keys: readonly string[]) => keys.reduce((s, k) => s + (st[k] ?? 0), 0);
        return {
          id,
          name: String(u.name),
          tier: u.t as Tier,
          validTo: (u.validTo as string | null) ?? null,
          staffCount: num(u.staff),
          registered: registered.has(id),
          nominations: count(NOMINATION_STATUSES.filter((s) => s !== 'draft')),
          approvals: count(['approved', 'decided']),
          awards: count(['decided']),
          reports: reports.get(id)?.n ?? 0,
          reportsOnTime: reports.get(id)?.onTime ?? 0,
          sortKey: String(u.sortKey),
        };
      });
    all.sort(
      (a, b) =>
        b.awards - a.awards ||
        b.nominations - a.nominations ||
        (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0),
    );
    return {
      province: { slug: target.slug, name: target.name, members: target.members },
      byTier,
      unitsTotal: all.length,
      units: all.slice(0, DRILL_DOWN_UNITS).map(({ sortKey: _k, ...u }) => u),
    };
  }
}

/**
 * A province's counts for one tier, or all. Unit-based counts (units, staff, registrations, reports, readings)
 * come from units of the tier, or from every unit for a tier of people; nominations from the tier itself; quotas
 * (the '' entry) whatever the tier.
 */
function pick(byTier: ByTier | undefined, tier?: string): OutcomeCounts {
  const unitTier = tier && !PERSON_TIERS.includes(tier) ? tier : undefined;
  let out = emptyCounts();
  for (const [t, c] of byTier ?? []) {
    const units = !unitTier || t === unitTier;
    const nominations = !tier || t === tier;
    out = addCounts(out, {
      ...emptyCounts(),
      ...(units
        ? {
            units: c.units,
            staff: c.staff,
            registered: c.registered,
            reportsExpected: c.reportsExpected,
            reportsOnTime: c.reportsOnTime,
            indicators: c.indicators,
          }
        : {}),
      ...(nominations
        ? {
            nominations: c.nominations,
            awardsCollective: c.awardsCollective,
            awardsIndividual: c.awardsIndividual,
            awardsIndividualNonLeader: c.awardsIndividualNonLeader,
          }
        : {}),
      ...(t === '' ? { quotaPlaces: c.quotaPlaces, quotaUsed: c.quotaUsed } : {}),
    });
  }
  return out;
}

/** Counts as returned: the indicator sums are shown as values instead; approvals and awards spelled out. */
function plainCounts({ indicators: _i, ...c }: OutcomeCounts) {
  return {
    ...c,
    approvals: c.nominations.approved + c.nominations.decided,
    awards: c.awardsCollective + c.awardsIndividual,
  };
}

const num = (v: unknown) => Number(v ?? 0);
/** A province without a plan has no figure (not a 0 that would rank it). */
const noFigures = () =>
  Object.fromEntries(FIGURES.map((f) => [f.id, { value: null, rank: null }])) as ReturnType<typeof computeFigures>;
const catalogueIndex = (id: string) => {
  const i = INDICATORS.findIndex((x) => x.id === id);
  return i < 0 ? INDICATORS.length : i;
};
