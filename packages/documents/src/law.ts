import {
  type FormKind,
  formInForce,
  instrumentInForce,
  type InstrumentKind,
  type ProvinceManifest,
  replacementOf,
} from '@thidua/domain';
import { vietnameseDate } from './format.js';
import type { LegalBasis } from './models.js';

/** A sentence saying the citation names an instrument replaced by that date, or null. */
export function outdatedNote(citation: string, onDate: string): string | null {
  const now = replacementOf(citation, onDate);
  const cited = now && /(Luật|Nghị định)[^,;()]*?\d+\/\d{4}\/[A-ZĐ0-9-]+/.exec(citation)?.[0];
  return now && cited
    ? `Lưu ý: kế hoạch dẫn ${cited.replace(/^Nghị định (?!số)/, 'Nghị định số ')}, văn bản này đã được thay thế bởi ${now.citation.split(' quy định')[0]}; hồ sơ lập theo quy định hiện hành.`
    : null;
}

/** "Kế hoạch số 635/KH-UBND ngày 10 tháng 10 năm 2022 của Ủy ban nhân dân tỉnh … phát động Phong trào thi đua “…”" */
export function planReference(m: ProvinceManifest): string {
  const number = m.plan.number ? ` số ${m.plan.number}` : '';
  const date = m.plan.date ? ` ${vietnameseDate(m.plan.date)}` : m.plan.dateText ? ` (${m.plan.dateText})` : '';
  return `Kế hoạch${number}${date} của ${m.plan.issuer} phát động Phong trào thi đua “${m.movement.name}”`;
}

/** A plan's bases that the table supplies in force on the date instead: emulation law and decree, local government. */
const SUPPLIED = /Thi đua,? khen thưởng|\d+\/20\d\d\/NĐ-CP.*thi đua|Tổ chức chính quyền địa phương/i;

function cited(kind: InstrumentKind, onDate: string): LegalBasis[] {
  const i = instrumentInForce(kind, onDate);
  return i ? [{ text: i.citation }] : [];
}

/** Official text spells out the abbreviation ("UBND tỉnh" → "Ủy ban nhân dân tỉnh"). */
function spelledOut(s: string): string {
  // Not inside a number's symbol ("676/QĐ-UBND").
  return s
    .replace(/(?<![-/\w])UBND(?![-/\w])/g, 'Ủy ban nhân dân')
    .replace(/(?<![-/\w])HĐND(?![-/\w])/g, 'Hội đồng nhân dân');
}

/**
 * A plan's basis as one citation: its title alone when the title already names the instrument ("Chương trình …
 * phê duyệt tại Quyết định số 749/QĐ-TTg …"), else number then title — never the instrument twice.
 */
export function basisText(b: { ref: string; title?: string }): string {
  if (!b.title) return spelledOut(b.ref);
  const number = /\d[\w/.-]*\/[\w-]+/.exec(b.ref)?.[0] ?? b.ref;
  return spelledOut(b.title.includes(number) ? b.title : `${b.ref} ${b.title}`);
}

/**
 * Legal bases of a document issued on a date under a province's plan: for a decision (`competence`) first the
 * local-government law that empowers the chairman; then the emulation law and decree in force; the other bases the
 * plan cites; and the plan. Every instrument comes from the domain's table by date: a replaced one the plan cited
 * gives way to the one in force (a decision cites, it does not comment; the achievement report says so with
 * `outdatedNote`).
 */
export function legalBasesFor(
  m: ProvinceManifest,
  onDate: string,
  options: { competence?: boolean } = {},
): LegalBasis[] {
  const law = [
    ...(options.competence ? cited('local-government-law', onDate) : []),
    ...cited('emulation-law', onDate),
    ...cited('emulation-decree', onDate),
  ];
  const others = m.plan.legalBases
    .map(basisText)
    .filter((c) => !SUPPLIED.test(c) && !replacementOf(c, onDate))
    .map((text) => ({ text }));
  return [...law, ...others, { text: planReference(m) }];
}

/**
 * The dossier form a document follows on its date: "Mẫu số 02 tại Phụ lục ban hành kèm theo Nghị định số …", or,
 * where the table holds no confirmed number for the decree in force, the annex without a number.
 */
export function formReference(form: FormKind, onDate: string): string {
  const { decree, number } = formInForce(form, onDate);
  const name = decree.citation.split(' ngày ')[0];
  return number
    ? `Mẫu số ${number} tại Phụ lục ban hành kèm theo ${name}`
    : `Theo mẫu tại Phụ lục ban hành kèm theo ${name}`;
}
