import {
  type AwardForm,
  departmentOn,
  findIndicator,
  issuingProvince,
  type Phase,
  type ProvinceManifest,
  type Quota,
  shortDate,
  STATUS_LABELS,
  TIER_LABELS,
  type Tier,
  vietnamDate,
} from '@thidua/domain';
import {
  type AchievementReportDocument,
  type Awardee,
  type CouncilMinutesDocument,
  type DecisionDocument,
  type DocumentHead,
  formReference,
  legalBasesFor,
  type Nominee,
  outdatedNote,
  planReference,
  type PhaseSummaryDocument,
  type SubmissionLetterDocument,
  type UnitReportDocument,
  vietnameseNumber,
} from '@thidua/documents';
import type { AwardDecision, IndicatorReading, Nomination, Person, Report, Unit } from '../database/entities/index.js';

/**
 * Turns what the platform stores (a decision, nominations, units, the province manifest) into the data of each
 * document. Pure: the service loads, these functions word. Nothing here names a province: every name comes from
 * the manifest or the database.
 */

/** Units and people by id, for names and positions. */
export interface Directory {
  units: Map<number, Unit>;
  people: Map<number, Person>;
}

/** Official text spells out the abbreviation ("UBND" → "Ủy ban nhân dân"). */
export function officialName(s: string): string {
  return s.replace(/\bUBND\b/g, 'Ủy ban nhân dân').replace(/\bHĐND\b/g, 'Hội đồng nhân dân');
}

export function lowerFirst(s: string): string {
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}

/** The day a stored (UTC) timestamp falls on in Vietnam: a letter submitted at 02:00 on 1/7 is dated 1/7. */
const isoDay = (timestamp: string) => vietnamDate(new Date(timestamp));

export function awardForm(m: ProvinceManifest, id: string): AwardForm {
  const f = m.awardForms.find((x) => x.id === id);
  if (!f) throw new Error(`${m.slug}: no award form "${id}"`);
  return f;
}

export function phaseOf(m: ProvinceManifest, id: string): Phase {
  const p = m.phases.find((x) => x.id === id);
  if (!p) throw new Error(`${m.slug}: no phase "${id}"`);
  return p;
}

/**
 * Who decides an award form on a date: the chairman of the province issuing then (its successor after a merger),
 * or for a unit-level form whoever the plan says confers it (a department merged since is named as its successor).
 */
export function deciderOf(m: ProvinceManifest, form: AwardForm, onDate: string): string {
  return form.level === 'unit'
    ? departmentOn(officialName(form.conferredBy), onDate)
    : `Chủ tịch ${issuingProvince(m, onDate).authority}`;
}

/** The department that proposes awards (workflow role home-affairs), e.g. "Sở Nội vụ", as named on the date. */
export function homeAffairs(m: ProvinceManifest, onDate: string): string {
  return departmentOn(
    m.workflow.steps.find((s) => s.role === 'home-affairs')?.actor.split(' (')[0] ?? 'Sở Nội vụ',
    onDate,
  );
}

/** "Sở Nội vụ" → "SNV", "Sở Khoa học và Công nghệ" → "SKHCN": the drafting unit in "Lưu: VT, …" (Nghị định 30/2020). */
export function abbreviation(name: string): string {
  return (
    name
      .split(/[\s–-]+/)
      .filter((w) => w && w.toLocaleLowerCase('vi') !== 'và')
      // An abbreviation in the name stays whole ("UBND huyện …" → "UBNDH…").
      .map((w) => (w.length > 1 && w === w.toLocaleUpperCase('vi') ? w : w.charAt(0).toLocaleUpperCase('vi')))
      .join('')
  );
}

/**
 * "Lưu: VT, SNV (05b)": the archive line of Nghị định 30/2020 — the clerk's office, the drafting unit, and the
 * copies issued (one per other recipient line, plus the two kept).
 */
export function archiveLine(draftingUnit: string, recipients: string[]): string[] {
  const copies = String(recipients.length + 2).padStart(2, '0');
  return [...recipients, `Lưu: VT, ${abbreviation(draftingUnit)} (${copies}b)`];
}

function provinceHead(m: ProvinceManifest, number: string | null, symbol: string, date: string): DocumentHead {
  const issuer = issuingProvince(m, date);
  return { issuer: { parent: null, name: issuer.authority }, number, symbol, place: issuer.name, date };
}

const LOCAL_BODY = /^(?:Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND)\s+/i;
const LOCAL_LEVEL = /^(?:huyện|thị xã|thành phố|quận|xã|phường|thị trấn|đặc khu)\s+/i;

/**
 * The place in a unit's date line (Nghị định 30/2020, Phụ lục I): a district or commune unit writes its own
 * locality ("UBND huyện Đắk Mil" → "Đắk Mil"), any other unit the province issuing on that date.
 */
export function placeOf(m: ProvinceManifest, unit: Pick<Unit, 'name' | 'tier'>, date: string): string {
  if (unit.tier !== 'district' && unit.tier !== 'commune') return issuingProvince(m, date).name;
  const locality = unit.name.trim().replace(LOCAL_BODY, '');
  return LOCAL_LEVEL.test(locality) ? locality.replace(LOCAL_LEVEL, '') : locality;
}

/** A unit's own documents: a provincial agency prints the province's People's Committee above its name. */
function unitHead(m: ProvinceManifest, unit: Unit, symbol: string, date: string): DocumentHead {
  return {
    issuer: {
      parent: unit.tier === 'provincial-agency' ? issuingProvince(m, date).authority : null,
      name: departmentOn(unit.name, date),
    },
    number: null,
    symbol,
    place: placeOf(m, unit, date),
    date,
  };
}

function awardeeOf(n: Nomination, dir: Directory): Awardee {
  const nominating = dir.units.get(n.nominatingUnitId)?.name ?? '';
  if (n.recipient === 'individual') {
    const p = n.nomineePersonId ? dir.people.get(n.nomineePersonId) : undefined;
    const workplace = p ? dir.units.get(p.unitId)?.name : undefined;
    return {
      recipient: 'individual',
      name: n.nomineeName,
      detail: [p?.position, workplace].filter(Boolean).join(', ') || null,
      nominatingUnit: nominating,
    };
  }
  const unit = n.nomineeUnitId ? dir.units.get(n.nomineeUnitId) : undefined;
  const parent = unit?.parentId ? dir.units.get(unit.parentId)?.name : undefined;
  return {
    recipient: 'collective',
    name: n.nomineeName,
    detail: parent ? `Thuộc ${parent}` : null,
    nominatingUnit: nominating,
  };
}

/**
 * The award decision with its annex. A draft (`draft: true`) has no number yet: the number is given when it is
 * signed and issued, so its head leaves the number blank before the symbol the draft's number proposes.
 */
export function decisionDocument(
  m: ProvinceManifest,
  d: AwardDecision,
  awardees: Nomination[],
  dir: Directory,
  { draft = false }: { draft?: boolean } = {},
): DecisionDocument {
  const form = awardForm(m, d.awardFormId);
  const phase = phaseOf(m, d.phaseId);
  const list = awardees.map((n) => awardeeOf(n, dir));
  const department = homeAffairs(m, d.signedOn);
  const authority = issuingProvince(m, d.signedOn).authority;
  return {
    head: draft
      ? provinceHead(m, null, d.number.split('/').slice(1).join('/') || 'QĐ-UBND', d.signedOn)
      : provinceHead(m, d.number, 'QĐ-UBND', d.signedOn),
    authority: deciderOf(m, form, d.signedOn),
    decider: deciderOf(m, form, d.signedOn),
    summary: `Về việc tặng ${officialName(form.name)}`,
    legalBases: legalBasesFor(m, d.signedOn, { competence: form.level !== 'unit' }),
    proposal: `Theo đề nghị của ${department.startsWith('Sở') ? `Giám đốc ${department}` : department}`,
    awardForm: officialName(form.name),
    achievement: `đã có thành tích xuất sắc trong Phong trào thi đua “${m.movement.name}” (${lowerFirst(phase.name)})`,
    collectives: list.filter((a) => a.recipient === 'collective'),
    individuals: list.filter((a) => a.recipient === 'individual'),
    executors: `Chánh Văn phòng ${authority}, Giám đốc ${department}, Thủ trưởng các cơ quan, đơn vị có liên quan`,
    recipients: archiveLine(department, ['Như Điều 3', `Chủ tịch, các Phó Chủ tịch ${authority}`]),
    signer: { title: d.signerTitle, name: d.signerName },
  };
}

export function nomineeOf(n: Nomination, m: ProvinceManifest, dir: Directory): Nominee {
  const a = awardeeOf(n, dir);
  return {
    recipient: n.recipient,
    name: n.nomineeName,
    detail: a.recipient === 'individual' ? a.detail : a.nominatingUnit,
    awardForm: officialName(awardForm(m, n.awardFormId).name),
    votes: null,
  };
}

/** The date a unit's dossier documents carry: when the nomination was submitted, else when it was drafted. */
function dossierDate(n: Nomination): string {
  return isoDay(n.submittedAt ?? n.createdAt);
}

/** Tờ trình: the nominating unit proposes its nominees of one phase and award form (`batch` includes `n`). */
export function submissionLetter(
  m: ProvinceManifest,
  n: Nomination,
  batch: Nomination[],
  dir: Directory,
): SubmissionLetterDocument {
  const unit = dir.units.get(n.nominatingUnitId)!;
  const form = awardForm(m, n.awardFormId);
  const date = dossierDate(n);
  return {
    head: unitHead(m, unit, 'TTr', date),
    summary: `Về việc đề nghị tặng ${officialName(form.name)}`,
    to: [deciderOf(m, form, date)],
    legalBases: legalBasesFor(m, date),
    intro: `Căn cứ kết quả bình xét của Hội đồng Thi đua – Khen thưởng ${departmentOn(unit.name, date)},`,
    unitName: departmentOn(unit.name, date),
    decider: deciderOf(m, form, date),
    awardForm: officialName(form.name),
    phase: `${lowerFirst(phaseOf(m, n.phaseId).name)} của Phong trào thi đua “${m.movement.name}”`,
    nominees: batch.map((x) => nomineeOf(x, m, dir)),
    recipients: archiveLine(departmentOn(unit.name, date), ['Như trên', homeAffairs(m, date)]),
    signer: { title: 'Thủ trưởng đơn vị', name: null },
  };
}

/** Biên bản họp Hội đồng: what the platform knows; time, place, attendance and votes are left to fill in. */
export function councilMinutes(
  m: ProvinceManifest,
  n: Nomination,
  batch: Nomination[],
  dir: Directory,
): CouncilMinutesDocument {
  const unit = dir.units.get(n.nominatingUnitId)!;
  const form = awardForm(m, n.awardFormId);
  const date = dossierDate(n);
  return {
    head: unitHead(m, unit, 'BB-HĐTĐKT', date),
    summary: `Họp Hội đồng Thi đua – Khen thưởng ${departmentOn(unit.name, date)}`,
    unitName: departmentOn(unit.name, date),
    decider: deciderOf(m, form, date),
    awardForm: officialName(form.name),
    phase: `${lowerFirst(phaseOf(m, n.phaseId).name)} của Phong trào thi đua “${m.movement.name}”`,
    plan: planReference(m),
    meeting: { time: null, place: null, chair: null, secretary: null, present: null, members: null },
    nominees: batch.map((x) => nomineeOf(x, m, dir)),
  };
}

/** The form an achievement report follows on a date, and a note when the plan cites a replaced decree's form. */
function reportForm(m: ProvinceManifest, n: Nomination, date: string): { form: string; outdatedNote: string | null } {
  const cited = m.dossier
    .filter(
      (r) =>
        (!r.awardFormIds || r.awardFormIds.includes(n.awardFormId)) && (!r.recipient || r.recipient === n.recipient),
    )
    .flatMap((r) =>
      r.documents
        .filter((doc) => doc.type === 'achievement-report')
        .map((doc) => `${doc.name} ${doc.form ?? ''} (${doc.source})`),
    );
  const note =
    [...cited, ...m.plan.legalBases.map((b) => `${b.ref} ${b.title ?? ''}`)]
      .map((c) => outdatedNote(c, date))
      .find((x) => x !== null) ?? null;
  const form = formReference(
    n.recipient === 'collective' ? 'achievement-report-collective' : 'achievement-report-individual',
    date,
  );
  return { form, outdatedNote: note };
}

export function achievementReport(
  m: ProvinceManifest,
  n: Nomination,
  dir: Directory,
  readings: IndicatorReading[],
): AchievementReportDocument {
  const date = dossierDate(n);
  const unit = dir.units.get(n.nominatingUnitId)!;
  const a = awardeeOf(n, dir);
  const nomineeUnit = n.nomineeUnitId ? dir.units.get(n.nomineeUnitId) : undefined;
  const person = n.nomineePersonId ? dir.people.get(n.nomineePersonId) : undefined;
  const facts =
    n.recipient === 'collective'
      ? [
          { label: 'Tên tập thể', value: n.nomineeName },
          { label: 'Đối tượng thi đua', value: TIER_LABELS[n.tier as Tier]?.vi ?? n.tier },
          ...(nomineeUnit?.staffCount
            ? [
                {
                  label: 'Số cán bộ, công chức, viên chức, người lao động',
                  value: vietnameseNumber(nomineeUnit.staffCount),
                },
              ]
            : []),
          { label: 'Đơn vị đề nghị', value: departmentOn(unit.name, date) },
        ]
      : [
          { label: 'Họ và tên', value: n.nomineeName },
          ...(person?.position ? [{ label: 'Chức vụ', value: person.position }] : []),
          ...(a.detail ? [{ label: 'Chức vụ, đơn vị công tác', value: a.detail }] : []),
        ];
  return {
    head: unitHead(
      m,
      n.recipient === 'collective' && nomineeUnit ? nomineeUnit : unit,
      n.recipient === 'collective' ? 'BC' : '',
      date,
    ),
    recipient: n.recipient,
    awardForm: officialName(awardForm(m, n.awardFormId).name),
    ...reportForm(m, n, date),
    nominee: { name: n.nomineeName, facts },
    phase: lowerFirst(phaseOf(m, n.phaseId).name),
    movement: m.movement.name,
    achievements: n.achievements,
    indicators: readings.map((r) => ({
      label: findIndicator(r.indicatorId)?.name ?? r.indicatorId,
      year: r.year,
      value: vietnameseNumber(r.value),
    })),
    previousAwards: null,
    confirmer: 'XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG',
    reporter: n.recipient === 'collective' ? 'THỦ TRƯỞNG ĐƠN VỊ' : 'NGƯỜI BÁO CÁO THÀNH TÍCH',
    reporterName: n.recipient === 'individual' ? n.nomineeName : null,
  };
}

export function timeliness(dueOn: string, submittedOn: string): string {
  return `Hạn báo cáo: ${shortDate(dueOn)}; gửi ngày ${shortDate(submittedOn)} (${submittedOn <= dueOn ? 'đúng hạn' : 'chậm hạn'}).`;
}

export function unitReport(
  m: ProvinceManifest,
  r: Report,
  unit: Unit,
  readings: IndicatorReading[],
  nominations: Nomination[],
): UnitReportDocument {
  const date = r.submittedOn;
  const to = departmentOn(m.workflow.reportDeadlines.find((d) => d.to)?.to ?? issuingProvince(m, date).authority, date);
  return {
    head: unitHead(m, unit, 'BC', date),
    summary: `Kết quả thực hiện Phong trào thi đua “${m.movement.name}” năm ${r.year}`,
    to: [to],
    year: r.year,
    intro: `Thực hiện ${planReference(m)}, ${unit.name} báo cáo kết quả thực hiện năm ${r.year} như sau:`,
    body: r.summary,
    indicators: readings.map((x) => ({
      label: findIndicator(x.indicatorId)?.name ?? x.indicatorId,
      value: vietnameseNumber(x.value),
    })),
    nominations: nominations.map((n) => ({
      name: n.nomineeName,
      awardForm: officialName(awardForm(m, n.awardFormId).name),
      status: STATUS_LABELS[n.status as keyof typeof STATUS_LABELS]?.vi ?? n.status,
    })),
    timeliness: timeliness(r.dueOn, r.submittedOn),
    recipients: archiveLine(departmentOn(unit.name, date), ['Như trên']),
    signer: { title: 'Thủ trưởng đơn vị', name: null },
  };
}

/** A quota in words: "Tối đa 08 tập thể, 08 cá nhân", or the plan's own words when it gives them. */
export function quotaText(q: Quota | undefined): string {
  if (!q) return 'Không quy định';
  if (q.text) return q.text;
  if (q.decidedByHead) return 'Do thủ trưởng cơ quan, đơn vị quyết định';
  const two = (x: number) => String(x).padStart(2, '0');
  const parts = [
    q.maxCollectives !== undefined && `${two(q.maxCollectives)} tập thể`,
    q.maxIndividuals !== undefined && `${two(q.maxIndividuals)} cá nhân`,
    q.maxCombined !== undefined && `${two(q.maxCombined)} tập thể, cá nhân`,
  ].filter(Boolean);
  return parts.length ? `Tối đa ${parts.join(', ')}` : 'Không quy định';
}

export interface PhaseFacts {
  units: Unit[];
  registeredUnitIds: Set<number>;
  nominations: Nomination[];
  reports: Map<number, Report>;
}

export function phaseSummary(m: ProvinceManifest, phase: Phase, facts: PhaseFacts): PhaseSummaryDocument {
  const { nominations } = facts;
  const decided = nominations.filter((n) => n.status === 'decided');
  const count = (ns: Nomination[], unitId: number) => ns.filter((n) => n.nominatingUnitId === unitId).length;
  const date = phase.period.to;
  return {
    head: provinceHead(m, null, 'BC-UBND', phase.period.to),
    phase: phase.name,
    summary: `Tổng hợp kết quả ${lowerFirst(phase.name)} Phong trào thi đua “${m.movement.name}”`,
    intro: `Thực hiện ${planReference(m)}, ${issuingProvince(m, date).authority} tổng hợp kết quả ${lowerFirst(phase.name)} (${phase.periodText ?? `từ ${shortDate(phase.period.from)} đến ${shortDate(phase.period.to)}`}) như sau:`,
    stats: [
      { label: 'Số đơn vị đăng ký thi đua', value: `${facts.registeredUnitIds.size}/${facts.units.length}` },
      { label: 'Số đề nghị khen thưởng đã gửi', value: String(nominations.filter((n) => n.status !== 'draft').length) },
      {
        label: 'Số đề nghị được duyệt hoặc đã có quyết định',
        value: String(nominations.filter((n) => n.status === 'approved' || n.status === 'decided').length),
      },
      { label: 'Số tập thể, cá nhân được khen thưởng', value: String(decided.length) },
      ...(phase.nominationDeadline
        ? [{ label: 'Hạn gửi hồ sơ đề nghị', value: shortDate(phase.nominationDeadline) }]
        : []),
    ],
    awards: phase.awardFormIds.map((id) => {
      const ofForm = decided.filter((n) => n.awardFormId === id);
      return {
        awardForm: officialName(awardForm(m, id).name),
        collectives: ofForm.filter((n) => n.recipient === 'collective').length,
        individuals: ofForm.filter((n) => n.recipient === 'individual').length,
        quota: quotaText(m.quotas.find((q) => q.phaseId === phase.id && q.awardFormId === id)),
      };
    }),
    units: facts.units.map((u) => ({
      name: u.name,
      registered: facts.registeredUnitIds.has(u.id),
      nominations: count(
        nominations.filter((n) => n.status !== 'draft'),
        u.id,
      ),
      awarded: count(decided, u.id),
      report: facts.reports.has(u.id) ? shortDate(facts.reports.get(u.id)!.submittedOn) : 'Chưa gửi',
    })),
    recipients: archiveLine(homeAffairs(m, date), [homeAffairs(m, date)]),
    signer: { title: m.plan.signer?.title ?? 'Chủ tịch', name: m.plan.signer?.name ?? null },
  };
}
