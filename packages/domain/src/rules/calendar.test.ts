import { describe, expect, it } from 'vitest';
import type { Phase, ProvinceManifest } from '../manifest/schema.js';
import {
  nominationWindow,
  phasesOn,
  reportDueDates,
  signingDateProblem,
  upcomingDeadlines,
  vietnamDate,
} from './calendar.js';

const phase = (id: string, from: string, to: string, extra: Partial<Phase> = {}): Phase => ({
  id,
  kind: 'annual',
  name: id,
  period: { from, to },
  awardFormIds: [],
  source: 'V',
  ...extra,
});

describe('phase calendar', () => {
  const phases = [
    phase('nam-2023', '2023-01-01', '2023-12-31'),
    phase('so-ket-2024', '2024-07-01', '2024-09-30', { nominationDeadline: '2024-08-15' }),
  ];

  it('finds the phase open on a date, inclusive of both ends', () => {
    expect(phasesOn(phases, '2023-12-31').map((p) => p.id)).toEqual(['nam-2023']);
    expect(phasesOn(phases, '2024-07-01').map((p) => p.id)).toEqual(['so-ket-2024']);
    expect(phasesOn(phases, '2024-01-15')).toEqual([]);
  });

  it('accepts nominations until the deadline, then refuses; an extension reopens', () => {
    const p = phases[1]!;
    expect(nominationWindow(p, '2024-08-15')).toEqual({ open: true, closes: '2024-08-15' });
    expect(nominationWindow(p, '2024-08-16')).toMatchObject({ open: false, reason: 'closed' });
    expect(nominationWindow(p, '2024-06-30')).toMatchObject({ open: false, reason: 'not-started' });
    expect(nominationWindow(p, '2024-08-20', '2024-08-31')).toEqual({ open: true, closes: '2024-08-31' });
  });

  it('closes at the end of the period when the plan sets no nomination deadline', () => {
    expect(nominationWindow(phases[0]!, '2024-01-01')).toMatchObject({
      open: false,
      reason: 'closed',
      closes: '2023-12-31',
    });
  });

  it('expands a yearly report deadline over the years in range', () => {
    expect(reportDueDates({ everyYear: '12-20', text: 'r', source: 'VII' }, '2023-03-01', '2025-12-31')).toEqual([
      '2023-12-20',
      '2024-12-20',
      '2025-12-20',
    ]);
    expect(reportDueDates({ date: '2023-12-15', text: 'r', source: 'V' }, '2024-01-01', '2025-12-31')).toEqual([]);
  });

  it('lists the next deadlines soonest first', () => {
    const m = {
      phases,
      movement: { span: { from: '2023-01-01', to: '2025-12-31' } },
      workflow: { reportDeadlines: [{ everyYear: '12-20', text: 'Báo cáo năm', source: 'VII' }] },
    } as unknown as ProvinceManifest;
    expect(upcomingDeadlines(m, '2024-08-01', 3).map((d) => d.date)).toEqual([
      '2024-08-15',
      '2024-12-20',
      '2025-12-20',
    ]);
  });

  it('lists a report day once when both a phase and the workflow state it', () => {
    const withReport = [phase('nam-2024', '2024-01-01', '2024-12-31', { reportDeadline: '2024-12-20' })];
    const m = {
      phases: withReport,
      movement: { span: { from: '2024-01-01', to: '2024-12-31' } },
      workflow: { reportDeadlines: [{ everyYear: '12-20', text: 'Báo cáo năm', source: 'VII' }] },
    } as unknown as ProvinceManifest;
    expect(upcomingDeadlines(m, '2024-08-01').map((d) => [d.date, d.kind])).toEqual([['2024-12-20', 'phase-report']]);
  });
});

describe('the day in Vietnam', () => {
  it('turns at midnight in Hà Nội (17:00 UTC), not at midnight UTC', () => {
    expect(vietnamDate(new Date('2025-06-30T16:59:59.999Z'))).toBe('2025-06-30');
    expect(vietnamDate(new Date('2025-06-30T17:00:00.000Z'))).toBe('2025-07-01');
    expect(vietnamDate(new Date('2025-07-01T06:59:00+07:00'))).toBe('2025-07-01');
    expect(vietnamDate(new Date('2024-12-31T23:30:00Z'))).toBe('2025-01-01');
    expect(vietnamDate(new Date('2024-02-28T18:00:00Z'))).toBe('2024-02-29');
  });
});

describe('the signing date of an award decision', () => {
  const phase = { name: 'Tổng kết 2025', period: { from: '2025-10-01', to: '2025-12-31' } };
  it('is on or after the day its phase starts', () => {
    expect(signingDateProblem(phase, '2025-10-01')).toBeUndefined();
    expect(signingDateProblem(phase, '2026-01-15')).toBeUndefined();
    for (const early of ['2025-09-30', '2025-06-30', '1900-01-01', '0001-01-01'])
      expect(signingDateProblem(phase, early)).toMatch(
        /^ngày ký \(\d\d\/\d\d\/\d{4}\) trước khi đợt "Tổng kết 2025" bắt đầu \(01\/10\/2025\) \/ /,
      );
  });
});
