import type { z } from 'zod';

/**
 * Manifest problems in words a plugin author can act on: Vietnamese first, then English, and what to do. Zod's own
 * messages ("Too small: expected array to have >=1 items") are translated by issue code; unknown keys get the
 * nearest valid name.
 */
export const say = (vi: string, en: string) => `${vi} / ${en}`;

const TYPE_VI: Record<string, string> = {
  string: 'chuỗi chữ',
  number: 'số',
  boolean: 'true hoặc false',
  array: 'danh sách [ … ]',
  object: 'đối tượng { … }',
  null: 'null',
  undefined: 'undefined',
};

/** What a value is, as a type name: arrays and null are not "object". */
const kindOf = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);
/** "a string", "an array", "an object". */
const withArticle = (type: string) => `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = Math.min(up + 1, row[j - 1]! + 1, diag + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length]!;
}

/** The known name closest to `key`, if it is close enough to be a likely typo. */
export function nearestName(key: string, known: readonly string[]): string | undefined {
  const scored = known.map((k) => ({ k, d: distance(key, k) })).sort((a, b) => a.d - b.d);
  const best = scored[0];
  return best && best.d <= Math.max(2, Math.floor(key.length / 3)) ? best.k : undefined;
}

/** A zod issue of the manifest's shape, as problem + what to do. */
export function shapeProblem(i: z.core.$ZodIssue, got: unknown): { problem: string; fix: string } {
  const copy = say('sửa theo Kế hoạch và tham khảo MANIFEST.md', 'correct it from the plan; see MANIFEST.md');
  // Our own messages (schema.ts) are already bilingual and say what is expected.
  if (i.message.includes(' / ')) return { problem: i.message, fix: copy };
  switch (i.code) {
    case 'invalid_type':
      return got === undefined
        ? {
            problem: say(
              `thiếu (bắt buộc, kiểu ${TYPE_VI[i.expected] ?? i.expected})`,
              `is missing (required, ${i.expected})`,
            ),
            fix: say(
              'thêm trường này; nếu Kế hoạch không nêu, xem notStated',
              'add it; if the plan does not say, see notStated',
            ),
          }
        : {
            problem: say(
              `phải là ${TYPE_VI[i.expected] ?? i.expected}, không phải ${TYPE_VI[kindOf(got)] ?? kindOf(got)}`,
              `must be ${withArticle(i.expected)}, not ${kindOf(got) === 'null' ? 'null' : withArticle(kindOf(got))}`,
            ),
            fix: copy,
          };
    case 'too_small':
      return i.origin === 'array'
        ? {
            problem: say(
              `cần ít nhất ${i.minimum} mục`,
              `needs at least ${i.minimum} entr${i.minimum === 1 ? 'y' : 'ies'}`,
            ),
            fix: copy,
          }
        : { problem: say(`phải từ ${i.minimum} trở lên`, `must be ${i.minimum} or more`), fix: copy };
    case 'too_big':
      return { problem: say(`phải không quá ${i.maximum}`, `must be at most ${i.maximum}`), fix: copy };
    case 'invalid_value':
      return {
        problem: say(
          `"${String(got)}" không phải giá trị cho phép`,
          `"${String(got)}" is not allowed: one of ${i.values.map((v) => `"${String(v)}"`).join(', ')}`,
        ),
        fix: say(
          nearestName(String(got), i.values.map(String))
            ? `có phải "${nearestName(String(got), i.values.map(String))}"?`
            : 'chọn một giá trị trong danh sách',
          nearestName(String(got), i.values.map(String))
            ? `did you mean "${nearestName(String(got), i.values.map(String))}"?`
            : 'pick one of the listed values',
        ),
      };
    default:
      return { problem: say(`không hợp lệ (${i.message})`, `is invalid (${i.message})`), fix: copy };
  }
}

/** Walks input alongside the schema and reports every key the schema does not know. */
export function unknownKeys(
  schema: z.core.$ZodType,
  input: unknown,
  path = '',
): { path: string; problem: string; fix: string }[] {
  const def = schema._zod.def as {
    type: string;
    shape?: Record<string, z.core.$ZodType>;
    element?: z.core.$ZodType;
    innerType?: z.core.$ZodType;
    valueType?: z.core.$ZodType;
  };
  if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default')
    return unknownKeys(def.innerType!, input, path);
  if (def.type === 'array' && Array.isArray(input))
    return input.flatMap((x, i) => unknownKeys(def.element!, x, `${path}[${i}]`));
  if (def.type === 'record' && input && typeof input === 'object')
    return Object.entries(input).flatMap(([k, v]) => unknownKeys(def.valueType!, v, path ? `${path}.${k}` : k));
  if (def.type !== 'object' || !input || typeof input !== 'object' || Array.isArray(input)) return [];
  const shape = def.shape!;
  const known = Object.keys(shape);
  return Object.entries(input).flatMap(([key, value]) => {
    const at = path ? `${path}.${key}` : key;
    if (key in shape) return unknownKeys(shape[key]!, value, at);
    const near = nearestName(key, known);
    return [
      {
        path: at,
        problem: say('không phải trường của manifest', 'is not a manifest field'),
        fix: near
          ? say(`có phải "${near}"?`, `did you mean "${near}"?`)
          : say(`các trường ở đây: ${known.join(', ')}`, `the fields here are: ${known.join(', ')}`),
      },
    ];
  });
}
