import {
  aggregatingDepartment,
  DISTRICT_LEVEL_ENDS,
  districtLevelRefusal,
  nominationRuleDate,
  unitEndedOn,
  type AwardForm,
  type Phase,
  type ProvinceManifest,
  type Quota,
  type Role,
  searchText,
  type Tier,
  vietnameseSortKey,
} from '@thidua/domain';
import * as argon2 from 'argon2';
import type { DataSource, EntityManager } from 'typeorm';
import {
  AwardDecision,
  IndicatorReading,
  Nomination,
  NominationEvent,
  Person,
  Registration,
  Report,
  Unit,
  User,
} from '../database/entities/index.js';
import type { FileStore } from '../storage/file-store.js';
import { attachDemoDossiers } from './demo-dossiers.js';

/** Every demo user's password (demo mode only; listed in the README). */
export const DEMO_PASSWORD = 'ChuyenDoiSo@2025';
export const DEMO_ROLES: { suffix: string; role: Role; fullName: string }[] = [
  { suffix: 'quantri', role: 'province-admin', fullName: 'Quản trị tỉnh' },
  { suffix: 'stttt', role: 'information-department', fullName: 'Chuyên viên Sở Thông tin và Truyền thông' },
  { suffix: 'snv', role: 'home-affairs', fullName: 'Chuyên viên Ban Thi đua – Khen thưởng' },
  { suffix: 'donvi', role: 'unit-clerk', fullName: 'Cán bộ văn phòng đơn vị' },
  { suffix: 'xem', role: 'viewer', fullName: 'Người xem' },
];

const AGENCIES = [
  'Sở Thông tin và Truyền thông',
  'Sở Nội vụ',
  'Sở Y tế',
  'Sở Giáo dục và Đào tạo',
  'Sở Tài chính',
  'Sở Kế hoạch và Đầu tư',
  'Sở Nông nghiệp và Phát triển nông thôn',
  'Sở Tư pháp',
  'Văn phòng UBND tỉnh',
  'Sở Văn hóa, Thể thao và Du lịch',
];
const PLACES = [
  'Hòa Bình',
  'Thống Nhất',
  'Tân Phú',
  'Phú Lộc',
  'An Phước',
  'Đồng Tâm',
  'Quyết Thắng',
  'Thanh Sơn',
  'Yên Lạc',
  'Bình Minh',
  'Hưng Thịnh',
  'Phước An',
  'Ea Tiêu',
  'Nà Tấu',
  'Mường Phăng',
  'Kim Bình',
  'Ân Phú',
  'Đắk Mil',
];
const ENTERPRISES = [
  'Công ty TNHH Giải pháp số Tây Nguyên',
  'Công ty Cổ phần Công nghệ Ánh Dương',
  'Hợp tác xã Nông nghiệp số Hòa Thuận',
  'Công ty TNHH Thương mại điện tử Đại Việt',
  'Hợp tác xã Cà phê Ea Kao',
];
const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thu', 'Ngọc', 'Thanh', 'Quốc', 'Thị Kim'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hòa',
  'Hùng',
  'Hương',
  'Khánh',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Nga',
  'Phúc',
  'Quang',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trang',
  'Tuấn',
  'Vy',
  'Yến',
  'Đạt',
];
const POSITIONS: [string, boolean][] = [
  ['Giám đốc', true],
  ['Phó Giám đốc', true],
  ['Trưởng phòng', true],
  ['Chuyên viên', false],
  ['Chuyên viên chính', false],
  ['Kỹ sư công nghệ thông tin', false],
  ['Văn thư', false],
];

/** A small deterministic generator, so the demo is the same on every machine. */
function random(seed: string) {
  let h = 1779033703 ^ seed.length;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 3432918353);
  return () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return ((h ^= h >>> 16) >>> 0) / 4294967296;
  };
}

/**
 * Loads demo data for every province: units per tier with their people, readings, registrations, reports,
 * nominations in every status (one issued decision), and one user per role. `onlyIfEmpty` leaves a database
 * that already has units alone.
 */
export async function loadDemoData(
  ds: DataSource,
  manifests: ProvinceManifest[],
  opts: { onlyIfEmpty: boolean; today: string; files: FileStore },
): Promise<boolean> {
  if (opts.onlyIfEmpty && (await ds.getRepository(Unit).count()) > 0) return false;
  const passwordHash = await argon2.hash(DEMO_PASSWORD);
  await ds.transaction(async (em) => {
    if (!(await em.getRepository(User).existsBy({ username: 'quantri.quocgia' }))) {
      await em.getRepository(User).insert({
        username: 'quantri.quocgia',
        passwordHash,
        fullName: 'Quản trị quốc gia',
        role: 'national-admin',
        provinceSlug: null,
        unitId: null,
        active: true,
      });
    }
    for (const m of manifests) await loadProvince(em, m, passwordHash, opts.today);
    await attachDemoDossiers(em, manifests, opts.files);
  });
  return true;
}

async function loadProvince(
  em: EntityManager,
  m: ProvinceManifest,
  passwordHash: string,
  today: string,
): Promise<void> {
  const rnd = random(m.slug);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const tiers = new Set(m.tiers.map((t) => t.tier));
  // A plan that does not state its tiers still gets units, as provincial agencies (every plan addresses them).
  const anyTier = m.tiers[0]?.tier ?? 'provincial-agency';
  const unitRepo = em.getRepository(Unit);
  const addUnit = async (name: string, tier: Tier, parentId: number | null) =>
    unitRepo.save(
      unitRepo.create({
        provinceSlug: m.slug,
        name,
        sortKey: vietnameseSortKey(name),
        searchText: searchText(name),
        tier,
        parentId,
        code: null,
        staffCount: 15 + Math.floor(rnd() * 120),
        validTo: null,
        successorId: null,
      }),
    );

  const units: Unit[] = [];
  // The department that aggregates nominations is named as it is today (Sở KH&CN from 01/3/2025).
  for (const name of [aggregatingDepartment(today).vi, ...AGENCIES.slice(1, 6)])
    units.push(await addUnit(name, tiers.has('provincial-agency') ? 'provincial-agency' : anyTier, null));
  const places = [...PLACES].sort(() => rnd() - 0.5);
  for (let d = 0; d < 3; d++) {
    const district = await addUnit(`UBND huyện ${places[d]}`, tiers.has('district') ? 'district' : anyTier, null);
    units.push(district);
    const communes: Unit[] = [];
    for (let c = 0; c < 3; c++)
      communes.push(
        await addUnit(
          `UBND xã ${places[3 + d * 3 + c]}`,
          tiers.has('commune') ? 'commune' : (district.tier as Tier),
          district.id,
        ),
      );
    units.push(...communes);
    // The district level ended on 30/6/2025 (Luật 72/2025/QH15, two-tier local government): the demo's districts
    // stop operating from 01/7/2025, each succeeded by its first commune (a simplification: in law the district's
    // tasks passed to the communes and the province). Their history stays under their own names.
    if (district.tier === 'district') {
      await unitRepo.update(district.id, { validTo: DISTRICT_LEVEL_ENDS, successorId: communes[0]!.id });
      Object.assign(district, { validTo: DISTRICT_LEVEL_ENDS, successorId: communes[0]!.id });
    }
  }
  if (tiers.has('enterprise'))
    for (const name of ENTERPRISES.slice(0, 3)) units.push(await addUnit(name, 'enterprise', null));

  const people: Person[] = [];
  for (const u of units) {
    for (let i = 0; i < 3; i++) {
      const fullName = `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
      const [position, isLeader] = i === 0 ? POSITIONS[0]! : pick(POSITIONS.slice(2));
      people.push(
        await em.getRepository(Person).save({
          provinceSlug: m.slug,
          unitId: u.id,
          fullName,
          sortKey: vietnameseSortKey(fullName),
          searchText: searchText(fullName),
          position,
          isLeader,
        }),
      );
    }
  }

  // Readings for the demo phase's year and the two before it (within the movement), registrations and reports for
  // its year: the year the national comparison and the dashboards then show.
  const quota = demoQuota(m, today);
  const phase = quota ? phaseOf(m, quota) : m.phases[0];
  const year = Number((phase?.period.from ?? [today, m.movement.span.to].sort()[0]!).slice(0, 4));
  const years = [year - 2, year - 1, year].filter((y) => y >= Number(m.movement.span.from.slice(0, 4)));
  for (const u of units) {
    for (const year of years) {
      await em.getRepository(IndicatorReading).insert({
        provinceSlug: m.slug,
        unitId: u.id,
        indicatorId: 'dti-score',
        year,
        value: Math.round((55 + rnd() * 40) * 10) / 10,
        source: 'Dữ liệu minh họa',
      });
      const level =
        u.tier === 'district'
          ? 'district'
          : u.tier === 'commune'
            ? 'commune'
            : u.tier === 'provincial-agency'
              ? 'province'
              : null;
      if (level)
        await em.getRepository(IndicatorReading).insert({
          provinceSlug: m.slug,
          unitId: u.id,
          indicatorId: `work-dossiers-online.${level}`,
          year,
          value: Math.round((50 + rnd() * 50) * 10) / 10,
          source: 'Dữ liệu minh họa',
        });
    }
    await em
      .getRepository(Registration)
      .insert({ provinceSlug: m.slug, unitId: u.id, year, registeredOn: `${year}-03-15`, note: null });
    const due = m.workflow.reportDeadlines.find((d) => d.everyYear)?.everyYear;
    if (due && rnd() < 0.7) {
      const late = rnd() < 0.3;
      await em.getRepository(Report).insert({
        provinceSlug: m.slug,
        unitId: u.id,
        year,
        dueOn: `${year}-${due}`,
        submittedOn: late ? `${year + 1}-01-10` : `${year}-${due.slice(0, 2)}-01`,
        summary:
          'Đơn vị đã ban hành kế hoạch, tổ chức phát động phong trào và hoàn thành các chỉ tiêu chuyển đổi số của năm.',
      });
    }
  }

  const clerkUnit = units[0]!;
  for (const r of DEMO_ROLES) {
    await em.getRepository(User).insert({
      username: `${m.slug}.${r.suffix}`,
      passwordHash,
      fullName: `${r.role === 'information-department' ? `Chuyên viên ${aggregatingDepartment(today).vi}` : r.fullName} ${m.name}`,
      role: r.role,
      provinceSlug: m.slug,
      unitId: r.role === 'unit-clerk' ? clerkUnit.id : null,
      active: true,
    });
  }
  await demoNominations(em, m, quota, units, people, rnd);
  await liveRound(em, m, today, units, people);
}

/** A quota's phase (the manifest is validated: every quota names one). */
const phaseOf = (m: ProvinceManifest, quota: Quota) => m.phases.find((p) => p.id === quota.phaseId)!;

/**
 * The quota the demo's nominations fall under: the latest phase over by today with a fixed cap (else with any quota),
 * so the demo shows the movement's most recent round; before any is over, the first capped one.
 */
export function demoQuota(m: ProvinceManifest, today: string): Quota | undefined {
  const capped = m.quotas.filter((q) => !q.decidedByHead && (q.maxCollectives ?? q.maxCombined ?? 0) >= 2);
  const latestOver = (qs: Quota[]) =>
    qs
      .filter((q) => phaseOf(m, q).period.to < today)
      .sort(
        (a, b) =>
          phaseOf(m, a).period.to.localeCompare(phaseOf(m, b).period.to) ||
          phaseOf(m, a).period.from.localeCompare(phaseOf(m, b).period.from),
      )
      .at(-1);
  return latestOver(capped) ?? capped[0] ?? latestOver(m.quotas) ?? m.quotas[0];
}

/** Nominations in every status under the demo quota, and one issued decision. */
async function demoNominations(
  em: EntityManager,
  m: ProvinceManifest,
  quota: Quota | undefined,
  units: Unit[],
  people: Person[],
  rnd: () => number,
): Promise<void> {
  // Only what the plan allows: a round that gives an award form; a plan with none gets no nominations.
  const phase = quota ? phaseOf(m, quota) : m.phases.find((p) => p.awardFormIds.length);
  const form = m.awardForms.find((f) => f.id === (quota?.awardFormId ?? phase?.awardFormIds[0]));
  if (!phase || !form) return;
  const admin = await em.getRepository(User).findOneByOrFail({ username: `${m.slug}.quantri` });
  const statuses = [
    'draft',
    'draft',
    'submitted',
    'returned',
    'aggregated',
    'appraised',
    'approved',
    'rejected',
    'decided',
  ];
  const at = `${phase.period.from}T09:00:00.000Z`;
  const decision = await em.getRepository(AwardDecision).save({
    provinceSlug: m.slug,
    phaseId: phase.id,
    awardFormId: form.id,
    number: `${100 + Math.floor(rnd() * 800)}/QĐ-UBND`,
    signedOn: phase.period.to,
    signerName: 'Nguyễn Văn Minh',
    signerTitle: 'KT. CHỦ TỊCH – PHÓ CHỦ TỊCH',
    status: 'issued',
    createdBy: admin.id,
    createdAt: at,
    issuedAt: at,
  });
  // A round judged on the two-tier map nominates no district-tier unit nor one that has stopped (as the api refuses).
  const ruleDate = nominationRuleDate(phase, phase.period.from);
  const eligible = units.filter(
    (u) => districtLevelRefusal({ tier: u.tier as Tier }, ruleDate) === null && !unitEndedOn(u, ruleDate),
  );
  for (const [i, status] of statuses.entries()) {
    const individual =
      form.recipients.includes('individual') && (i % 2 === 1 || !form.recipients.includes('collective'));
    const unit = eligible[(i * 2) % eligible.length]!;
    await addNomination(em, m, { phase, form, unit, people, individual, status, by: admin.id, at }, decision.id);
  }
}

/**
 * The round open today, if the plan has one (plans running to 2030 have a yearly round): a few nominations being
 * drafted and sent, so the demo shows a movement that is live, on today's map and with award forms still in force.
 */
async function liveRound(
  em: EntityManager,
  m: ProvinceManifest,
  today: string,
  units: Unit[],
  people: Person[],
): Promise<void> {
  const phase = m.phases.find((p) => p.awardFormIds.length && p.period.from <= today && today <= p.period.to);
  const form = m.awardForms.find((f) => phase?.awardFormIds.includes(f.id) && !(f.validTo && f.validTo <= today));
  if (!phase || !form) return;
  const ruleDate = nominationRuleDate(phase, today);
  const eligible = units.filter(
    (u) => districtLevelRefusal({ tier: u.tier as Tier }, ruleDate) === null && !unitEndedOn(u, ruleDate),
  );
  const at = `${today}T08:00:00.000Z`;
  const { id: by } = await em.getRepository(User).findOneByOrFail({ username: `${m.slug}.quantri` });
  for (const [i, status] of ['draft', 'submitted', 'submitted'].entries()) {
    const unit = eligible[(i * 3 + 1) % eligible.length];
    if (!unit) return;
    const individual = form.recipients.includes('individual') && !form.recipients.includes('collective');
    await addNomination(em, m, { phase, form, unit, people, individual, status, by, at }, null);
  }
}

/** One demo nomination in `status`, with the history that led there. */
async function addNomination(
  em: EntityManager,
  m: ProvinceManifest,
  o: {
    phase: Phase;
    form: AwardForm;
    unit: Unit;
    people: Person[];
    individual: boolean;
    status: string;
    by: number;
    at: string;
  },
  decisionId: number | null,
): Promise<void> {
  const { phase, form, unit, individual, status, at } = o;
  const person = o.people.find((p) => p.unitId === unit.id && !p.isLeader) ?? o.people[0]!;
  const nomineeName = individual ? person.fullName : unit.name;
  const n = await em.getRepository(Nomination).save({
    provinceSlug: m.slug,
    phaseId: phase.id,
    awardFormId: form.id,
    nominatingUnitId: unit.id,
    recipient: individual ? 'individual' : 'collective',
    nomineeUnitId: individual ? null : unit.id,
    nomineePersonId: individual ? person.id : null,
    nomineeName,
    nomineeSortKey: vietnameseSortKey(nomineeName),
    nomineeSearchText: searchText(nomineeName),
    tier: individual && m.tiers.some((t) => t.tier === 'official') ? 'official' : unit.tier,
    status,
    achievements:
      'Hoàn thành xuất sắc nhiệm vụ chuyển đổi số: 100% văn bản điện tử được ký số, hồ sơ công việc xử lý trên môi trường mạng vượt chỉ tiêu.',
    criteriaVersion: status === 'draft' ? null : 1,
    criteriaStatus: status === 'draft' ? null : 'passed',
    returnReason: ['returned', 'rejected'].includes(status)
      ? 'Hồ sơ chưa có biên bản họp Hội đồng Thi đua – Khen thưởng'
      : null,
    awardKey: ['approved', 'decided'].includes(status)
      ? `${m.slug}|${phase.id}|${form.id}|${individual ? `p${person.id}` : `u${unit.id}`}`
      : null,
    decisionId: status === 'decided' ? decisionId : null,
    createdBy: o.by,
    createdAt: at,
    updatedAt: at,
    submittedAt: status === 'draft' ? null : at,
  });
  const flow = ['draft', 'submitted', 'aggregated', 'appraised', 'approved', 'decided'];
  const path =
    status === 'returned'
      ? ['draft', 'submitted', 'returned']
      : status === 'rejected'
        ? ['draft', 'submitted', 'aggregated', 'appraised', 'rejected']
        : flow.slice(0, flow.indexOf(status) + 1);
  await em.getRepository(NominationEvent).insert(
    path.map((to, k) => ({
      nominationId: n.id,
      fromStatus: k === 0 ? null : path[k - 1]!,
      toStatus: to,
      action: k === 0 ? 'create' : to,
      reason: null,
      userId: o.by,
      at,
    })),
  );
}
