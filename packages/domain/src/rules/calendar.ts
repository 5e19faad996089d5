import type { Phase, ProvinceManifest, ReportDeadline } from '../manifest/schema.js';
import { shortDate } from '../text/dates.js';

/** Dates are ISO `YYYY-MM-DD` strings: they compare as strings and carry no time zone. */
export type IsoDate = string;

export function toIsoDate(d: Date): IsoDate {
  return d.toISOString().slice(0, 10);
}

/** Vietnam keeps UTC+7 all year (no daylight saving time). */
export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;

/**
 * The calendar day a moment falls on in Vietnam, which is what a plan's dates and deadlines mean: from 00:00 to
 * 06:59 Vietnam time the UTC date is still the day before (a deadline of 30/9 must be over at 00:00 on 1/10 in Hà
 * Nội, not at 07:00).
 */
export function vietnamDate(instant: Date): IsoDate {
  return toIsoDate(new Date(instant.getTime() + VIETNAM_UTC_OFFSET_MINUTES * 60_000));
}

/**
 * Why an award decision cannot be signed on a date for a phase, or undefined: it awards the phase's results, so it
 * is signed on or after the day the phase starts (a decision of year 1, or of June for a review held in October,
 * would also cite no law, or the wrong one).
 */
export function signingDateProblem(phase: Pick<Phase, 'name' | 'period'>, signedOn: IsoDate): string | undefined {
  if (signedOn >= phase.period.from) return undefined;
  const [on, from] = [shortDate(signedOn), shortDate(phase.period.from)];
  return `ngày ký (${on}) trước khi đợt "${phase.name}" bắt đầu (${from}) / the signing date (${on}) is before the phase starts (${from})`;
}

/** Phases whose period contains the date (several can overlap: an annual award and a stage review). */
export function phasesOn(phases: readonly Phase[], date: IsoDate): Phase[] {
  return phases.filter((p) => p.period.from <= date && date <= p.period.to);
}

/**
 * The last day nominations are accepted for a phase: an administrator's extension if any, else the plan's
 * nomination deadline, else the end of the phase's period.
 */
export function nominationCloses(phase: Phase, extendedTo?: IsoDate | null): IsoDate {
  return extendedTo ?? phase.nominationDeadline ?? afterEnd(phase, phase.nominationDaysAfterEnd) ?? phase.period.to;
}

/** The day `days` after a phase ends (a deadline the plan gives relative to the end), or undefined. */
export function afterEnd(phase: Pick<Phase, 'period'>, days: number | undefined): IsoDate | undefined {
  if (days === undefined) return undefined;
  const d = new Date(`${phase.period.to}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return toIsoDate(d);
}

/** A phase's report deadline: the plan's date, or the day the plan counts from the phase's end. */
export function phaseReportDue(phase: Phase): IsoDate | undefined {
  return phase.reportDeadline ?? afterEnd(phase, phase.reportDaysAfterEnd);
}

export type NominationWindow =
  { open: true; closes: IsoDate } | { open: false; reason: 'not-started' | 'closed'; opens: IsoDate; closes: IsoDate };

/** Nominations for a phase may be sent from the start of its period until its deadline, inclusive. */
export function nominationWindow(phase: Phase, date: IsoDate, extendedTo?: IsoDate | null): NominationWindow {
  const closes = nominationCloses(phase, extendedTo);
  if (date < phase.period.from) return { open: false, reason: 'not-started', opens: phase.period.from, closes };
  if (date > closes) return { open: false, reason: 'closed', opens: phase.period.from, closes };
  return { open: true, closes };
}

/** The due dates of a report deadline within [from, to]: each year for a yearly one, or its single date. */
export function reportDueDates(deadline: ReportDeadline, from: IsoDate, to: IsoDate): IsoDate[] {
  if (deadline.date) return deadline.date >= from && deadline.date <= to ? [deadline.date] : [];
  if (!deadline.everyYear) return [];
  const out: IsoDate[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
    const d = `${y}-${deadline.everyYear}`;
    if (d >= from && d <= to) out.push(d);
  }
  return out;
}

export interface Deadline {
  date: IsoDate;
  kind: 'nomination' | 'report' | 'phase-report';
  label: string;
  phaseId?: string;
  source: string;
}

/** Every deadline of a movement on or after a date, soonest first (the console's "next deadlines"). */
export function upcomingDeadlines(m: ProvinceManifest, date: IsoDate, limit = 5): Deadline[] {
  const all: Deadline[] = [];
  for (const p of m.phases) {
    if (p.nominationDeadline)
      all.push({ date: p.nominationDeadline, kind: 'nomination', label: p.name, phaseId: p.id, source: p.source });
    const report = phaseReportDue(p);
    if (report) all.push({ date: report, kind: 'phase-report', label: p.name, phaseId: p.id, source: p.source });
  }
  // A plan may state the same yearly report date on its phases and in its workflow: list that day once.
  const phaseReportDays = new Set(all.filter((d) => d.kind === 'phase-report').map((d) => d.date));
  for (const r of m.workflow.reportDeadlines) {
    for (const d of reportDueDates(r, date, m.movement.span.to)) {
      if (!phaseReportDays.has(d)) all.push({ date: d, kind: 'report', label: r.text, source: r.source });
    }
  }
  return all
    .filter((d) => d.date >= date)
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(0, limit);
}
