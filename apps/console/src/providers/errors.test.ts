import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { messages } from '../i18n/i18nProvider';
import { readableError } from './errors';

const API_SRC = resolve(import.meta.dirname, '../../../api/src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')
        ? [readFileSync(join(dir, e.name), 'utf8')]
        : [],
  );
}

/** Every error the api throws with a literal message, as (code, message) — interpolations filled with a name. */
function apiErrors(): { code: string; message: string }[] {
  const found: { code: string; message: string }[] = [];
  const call = /\b(badRequest|conflict|forbidden|notFound)\(\s*([`'])((?:\\.|(?!\2)[^\\])*)\2\s*(?:,\s*'([a-z-]+)')?/gs;
  const defaults: Record<string, string> = {
    badRequest: 'bad-request',
    conflict: 'conflict',
    forbidden: 'forbidden',
    notFound: 'not-found',
  };
  for (const text of sources(API_SRC))
    for (const m of text.matchAll(call))
      found.push({ code: m[4] ?? defaults[m[1]!]!, message: m[3]!.replace(/\$\{[^}]*\}/g, '12') });
  return found;
}

/** Every code the api sends, whether thrown through a helper or written into a response body. */
function apiCodes(): string[] {
  const codes = new Set<string>();
  for (const text of sources(API_SRC)) {
    for (const m of text.matchAll(
      /\b(?:badRequest|conflict|forbidden|notFound)\((?:[^()]|\([^()]*\))*?,\s*'([a-z-]+)'\s*,?\s*\)/gs,
    ))
      codes.add(m[1]!);
    for (const m of text.matchAll(/\bcode: '([a-z]+(?:-[a-z]+)+)'/g)) codes.add(m[1]!);
  }
  return [...codes];
}

/** zod (with the api's Vietnamese locale) failing in every way a form can make it fail. */
function schemaMessages(): string[] {
  z.config(z.locales.vi()); // as the api configures it
  const cases: [z.ZodType, unknown][] = [
    [z.number(), undefined],
    [z.number(), Number.NaN],
    [z.number(), 'x'],
    [z.number().int(), 1.5],
    [z.string(), undefined],
    [z.string(), 5],
    [z.enum(['provincial-agency', 'district']), 'x'],
    [z.literal('a'), 'b'],
    [z.string().min(3), 'a'],
    [z.string().max(2), 'abc'],
    [z.number().min(1), 0],
    [z.number().max(1), 5],
    [z.array(z.string()).min(1), []],
    [z.string().email(), 'x'],
    [z.string().regex(/^\d{4}-\d{2}-\d{2}$/), '31/02'],
    [z.object({ a: z.string() }).strict(), { a: 'x', b: 1 }],
    [z.union([z.string(), z.number()]), true],
    [z.boolean(), 'x'],
    [z.number().positive(), -1],
  ];
  return cases.flatMap(([schema, value]) => schema.safeParse(value).error!.issues.map((i) => i.message));
}

const ENGLISH =
  /\b(the|must|expected|received|choose|already|invalid|required|should|cannot|only|not|with|found|number|string)\b/i;
const CAMEL = /\b[a-z]+[A-Z]\w*\b/;
const KEBAB = /(?<![\w/.-])[a-z]+(?:-[a-z]+)+(?![\w/-])/;
/** Schema fields the forms send; each must read as its form label. */
const FIELDS = [
  'baseVersion',
  'criterion.id',
  'tier',
  'phaseId',
  'awardFormId',
  'nomineeUnitId',
  'signedOn',
  'value',
  'year',
];

describe('error messages a user can trigger', () => {
  const errors = apiErrors();

  it('finds the api errors to check', () => {
    expect(errors.length).toBeGreaterThan(40);
    expect(apiCodes().length).toBeGreaterThan(30);
  });

  it('has a Vietnamese and an English text for every code the api sends', () => {
    const missing = apiCodes().filter(
      (c) => !(c in messages.vi.thidua.error.codes) || !(c in messages.en.thidua.error.codes),
    );
    expect(missing).toEqual([]);
  });

  it('reads every api error in Vietnamese without English or internal keys', () => {
    const bad = errors
      .map((e) => ({ ...e, shown: readableError(e, 'vi', 400) }))
      .filter(({ shown }) => ENGLISH.test(shown) || CAMEL.test(shown) || KEBAB.test(shown));
    expect(bad).toEqual([]);
  });

  it('reads every api error in English in English mode', () => {
    const bad = errors
      .map((e) => ({ ...e, shown: readableError(e, 'en', 400) }))
      .filter(
        ({ shown }) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(shown) || CAMEL.test(shown),
      );
    expect(bad).toEqual([]);
  });

  it('names each field of a schema error by its label and says what to do, for every kind of schema failure', () => {
    for (const message of schemaMessages())
      for (const field of FIELDS) {
        const body = { code: 'invalid-input', message: `${field}: ${message}`, fields: [{ field, message }] };
        const vi = readableError(body, 'vi', 400);
        expect(vi, `${field}: ${message}`).not.toMatch(ENGLISH);
        expect(vi).not.toMatch(CAMEL);
        expect(vi).not.toMatch(KEBAB);
        expect(vi).not.toMatch(/mong đợi|nhận được|NaN|undefined|\|/);
        expect(vi.startsWith('Một ô'), vi).toBe(false);
        const en = readableError(body, 'en', 400);
        expect(en).not.toMatch(/mong đợi|nhận được|NaN|undefined|\|/);
      }
  });

  it('says what is wrong with each kind of schema failure: a number out of range is not "not a number"', () => {
    z.config(z.locales.vi());
    const e = messages.vi.thidua.error.schema;
    const cases: [z.ZodType, unknown, string][] = [
      [z.number(), undefined, e.missing],
      [z.number(), 'x', e.not_number],
      [z.number().int().min(2000), 1800, e.at_least.replace('%{limit}', '2000')],
      [z.number().max(100), 250, e.at_most.replace('%{limit}', '100')],
      [z.number().positive(), -1, e.above.replace('%{limit}', '0')],
      [z.number().lt(1.5), 2, e.below.replace('%{limit}', '1,5')],
      [z.number().min(0.5), 0, e.at_least.replace('%{limit}', '0,5')],
      [z.string().min(3), 'a', e.too_short],
      [z.string().max(2), 'abc', e.too_long],
      [z.array(z.string()).min(1), [], e.too_short],
      [z.array(z.string()).max(1), ['a', 'b'], e.too_big],
      [z.enum(['provincial-agency', 'district']), 'x', e.choose],
    ];
    for (const [schema, value, expected] of cases) {
      const message = schema.safeParse(value).error!.issues[0]!.message;
      const body = { code: 'invalid-input', fields: [{ field: 'year', message }] };
      expect(readableError(body, 'vi', 400), message).toBe(`Năm: ${expected}`);
    }
    const message = z.number().min(2000).safeParse(1800).error!.issues[0]!.message;
    expect(readableError({ code: 'invalid-input', fields: [{ field: 'year', message }] }, 'en', 400)).toBe(
      'Year: is too small; enter 2000 or more',
    );
  });

  it('turns the examples users met into labelled sentences', () => {
    const field = (f: string, m: string) => ({ code: 'invalid-input', fields: [{ field: f, message: m }] });
    expect(readableError(field('baseVersion', 'Đầu vào không hợp lệ: mong đợi số, nhận được undefined'), 'vi')).toBe(
      'Phiên bản tiêu chí: chưa điền; hãy điền ô này',
    );
    expect(readableError(field('value', 'Đầu vào không hợp lệ: mong đợi số, nhận được NaN'), 'vi')).toMatch(
      /^Giá trị: phải là một số/,
    );
    const lacks = {
      code: 'dossier-incomplete',
      message:
        'Hồ sơ còn thiếu: Biên bản họp Hội đồng Thi đua – Khen thưởng; Báo cáo thành tích / the dossier lacks: council-minutes, achievement-report',
    };
    expect(readableError(lacks, 'vi')).toBe(
      'Hồ sơ còn thiếu: Biên bản họp Hội đồng Thi đua – Khen thưởng; Báo cáo thành tích',
    );
    expect(readableError(lacks, 'en')).toBe('the dossier lacks: “Emulation council minutes”, “Achievement report”');
    expect(
      readableError({ code: 'not-eligible', message: '"X" không dành cho đối tượng "provincial-agency"' }, 'vi'),
    ).not.toMatch(KEBAB);
    const status = {
      code: 'bad-status',
      message:
        'Không thể "Duyệt": đề nghị đang ở trạng thái "aggregated" (Đã tổng hợp) / cannot approve: the nomination is aggregated ("aggregated")',
    };
    expect(readableError(status, 'vi')).toBe('Không thể "Duyệt": đề nghị đang ở trạng thái “Đã tổng hợp”');
    expect(readableError({ statusCode: 500, message: 'Lỗi hệ thống / internal error' }, 'vi', 500)).toBe(
      'Lỗi hệ thống',
    );
  });
});
