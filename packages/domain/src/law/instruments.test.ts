import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { departmentOn } from './departments.js';
import { formInForce, INSTRUMENT_KINDS, instrumentInForce, LEGAL_INSTRUMENTS, replacementOf } from './instruments.js';
import { issuingProvince } from './issuer.js';

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const next = (d: string) => iso(Date.parse(`${d}T00:00:00Z`) + DAY);
/** Any day from 2000 to 2040. */
const anyDay = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 11, 31) }).map(iso);

describe('the table of legal instruments', () => {
  it('has, per kind, periods that never overlap and follow each other without a gap', () => {
    for (const kind of INSTRUMENT_KINDS) {
      const chain = LEGAL_INSTRUMENTS.filter((i) => i.kind === kind).sort((a, b) =>
        a.validFrom < b.validFrom ? -1 : 1,
      );
      expect(chain.length, kind).toBeGreaterThan(0);
      chain.forEach((i, k) => {
        expect(i.validTo === null || i.validFrom <= i.validTo, `${i.citation}`).toBe(true);
        expect(i.issuedOn <= i.validFrom, `${i.citation} in force before it was issued`).toBe(true);
        const after = chain[k + 1];
        if (after) expect(after.validFrom, `${i.citation} → ${after.citation}`).toBe(next(i.validTo!));
        else expect(i.validTo, `the last ${kind} is in force`).toBeNull();
      });
    }
  });

  it('resolves every date to exactly one instrument per kind from the first one on', () => {
    fc.assert(
      fc.property(anyDay, fc.constantFrom(...INSTRUMENT_KINDS), (day, kind) => {
        const matching = LEGAL_INSTRUMENTS.filter(
          (i) => i.kind === kind && i.validFrom <= day && (i.validTo === null || day <= i.validTo),
        );
        const first = LEGAL_INSTRUMENTS.filter((i) => i.kind === kind)
          .map((i) => i.validFrom)
          .sort()[0]!;
        expect(matching.length).toBe(day < first ? 0 : 1);
        expect(instrumentInForce(kind, day)).toBe(matching[0] ?? null);
      }),
    );
  });

  it('switches to Nghị định 152/2025 and Luật 72/2025 on 01/7/2025, not a day before', () => {
    expect(instrumentInForce('emulation-decree', '2025-06-30')!.number).toBe('98/2023/NĐ-CP');
    expect(instrumentInForce('emulation-decree', '2025-07-01')!.number).toBe('152/2025/NĐ-CP');
    expect(instrumentInForce('emulation-decree', '2023-12-31')!.number).toBe('91/2017/NĐ-CP');
    expect(instrumentInForce('emulation-decree', '2024-01-01')!.number).toBe('98/2023/NĐ-CP');
    expect(instrumentInForce('local-government-law', '2025-06-30')!.number).not.toBe('72/2025/QH15');
    // 2015 law → Luật 65/2025/QH15 (19/02/2025, from 01/3/2025) → Luật 72/2025/QH15 (two-tier, from 01/7/2025).
    expect(instrumentInForce('local-government-law', '2025-02-28')!.number).toBeNull();
    expect(instrumentInForce('local-government-law', '2025-03-01')!.number).toBe('65/2025/QH15');
    expect(instrumentInForce('local-government-law', '2025-06-30')!.number).toBe('65/2025/QH15');
    expect(instrumentInForce('local-government-law', '2025-07-01')!.number).toBe('72/2025/QH15');
    expect(instrumentInForce('emulation-law', '2024-01-01')!.number).toBe('06/2022/QH15');
  });

  it('names the replacement of an outdated citation only once it is outdated', () => {
    expect(replacementOf('Mẫu số 07 Nghị định 91/2017/NĐ-CP', '2023-12-31')).toBeNull();
    expect(replacementOf('Mẫu số 07 Nghị định 91/2017/NĐ-CP', '2024-01-01')!.number).toBe('98/2023/NĐ-CP');
    expect(replacementOf('Nghị định số 98/2023/NĐ-CP', '2025-07-01')!.number).toBe('152/2025/NĐ-CP');
    expect(replacementOf('Quyết định số 749/QĐ-TTg', '2030-01-01')).toBeNull();
  });

  it('gives a form number only where the annex confirmed it', () => {
    expect(formInForce('achievement-report-individual', '2024-05-01')).toMatchObject({ number: '03' });
    expect(formInForce('submission-letter', '2025-07-01')).toMatchObject({
      decree: { number: '152/2025/NĐ-CP' },
      number: null,
    });
  });
});

describe('departments and issuers by date', () => {
  it('names the Sở Khoa học và Công nghệ for the Sở Thông tin và Truyền thông from 01/3/2025', () => {
    const text = 'Giám đốc Sở Thông tin và Truyền thông';
    expect(departmentOn(text, '2025-02-28')).toBe(text);
    expect(departmentOn(text, '2025-03-01')).toBe('Giám đốc Sở Khoa học và Công nghệ');
    expect(departmentOn('Sở TT&TT', '2026-01-01')).toBe('Sở Khoa học và Công nghệ');
  });

  it('issues as the successor province from the merger date', () => {
    const m = {
      slug: 'cu',
      name: 'Cũ',
      authority: 'Ủy ban nhân dân tỉnh Cũ',
      mergedInto: { slug: 'moi', name: 'Mới', date: '2025-07-01', source: 'NQ' },
    };
    expect(issuingProvince(m, '2025-06-30')).toEqual({ slug: 'cu', name: 'Cũ', authority: 'Ủy ban nhân dân tỉnh Cũ' });
    expect(issuingProvince(m, '2025-12-31')).toEqual({
      slug: 'moi',
      name: 'Mới',
      authority: 'Ủy ban nhân dân tỉnh Mới',
    });
    expect(issuingProvince({ ...m, mergedInto: undefined }, '2030-01-01').name).toBe('Cũ');
  });
});
