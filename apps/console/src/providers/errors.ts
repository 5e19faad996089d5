import { withoutKeys } from '../common/text';
import { messages } from '../i18n/i18nProvider';

type Locale = 'vi' | 'en';
type Messages = (typeof messages)['vi'];
interface ApiErrorBody {
  code?: string;
  message?: string | string[];
  fields?: { field: string; message: string }[];
}

const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

/** The api writes "Vietnamese / English"; a user reads one language. */
function half(message: string, locale: Locale): string {
  const at = message.indexOf(' / ');
  if (at < 0) return message;
  return locale === 'en' ? message.slice(at + 3) : message.slice(0, at);
}

/** Field names as the forms label them: the app's own table first, then any resource's field of that name. */
function fieldLabel(field: string, m: Messages): string | undefined {
  const own = (m.thidua.error.fields as Record<string, string>)[field.replace(/\./g, '_')];
  if (own) return own;
  const last = field.split('.').pop()!;
  for (const r of Object.values(m.resources) as { fields?: Record<string, string> }[])
    if (r.fields?.[field] ?? r.fields?.[last]) return r.fields[field] ?? r.fields[last];
  return undefined;
}

/** Internal keys (tiers, document types, statuses, roles, recipients) → their labels, wherever a message names them. */
function keysInWords(text: string, m: Messages): string {
  const table: Record<string, string> = {
    ...m.tiers,
    ...m.document_types,
    ...m.statuses,
    ...m.roles,
    ...m.recipients,
  };
  const keys = Object.keys(table).sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`"?(?<![\\w-])(${keys.map((k) => k.replace(/-/g, '\\-')).join('|')})(?![\\w-])"?`, 'g');
  return (
    text
      .replace(pattern, (_, key: string) => `“${table[key]}”`)
      // The api names a status by key and label ("rejected" (Không duyệt)); in words that says it twice.
      .replace(/“([^”]+)” \(\1\)/g, '“$1”')
  );
}

/** A value an api row holds, as a user reads it: a status, tier, document type, role or recipient by its label. */
export function keyInWords(value: string, locale: string): string {
  const m = messages[locale === 'en' ? 'en' : 'vi'] as Messages;
  return keysInWords(value, m).replace(/^“(.*)”$/, '$1');
}

/** A bound of a schema ("2000", "0.5") as the console's language writes numbers (a decimal comma in Vietnamese). */
function limit(value: string, m: Messages): string {
  return m === messages.vi ? value.replace('.', ',') : value;
}

/** A zod message (Vietnamese locale of the api) → what to do, without type names or patterns. */
function schemaMessage(message: string, m: Messages): string {
  const e = m.thidua.error.schema;
  if (/nhận được undefined|received undefined|bắt buộc|required/i.test(message)) return e.missing;
  if (/NaN/.test(message)) return e.not_number;
  // "Quá nhỏ: mong đợi number >=2000" is a number out of range, not a missing number: read the bound first.
  if (/Quá nhỏ|too small/i.test(message)) {
    if (/ký tự|phần tử|character|item/.test(message)) return e.too_short;
    const bound = /(>=?)\s*(-?\d+(?:\.\d+)?)/.exec(message);
    return bound ? (bound[1] === '>=' ? e.at_least : e.above).replace('%{limit}', limit(bound[2]!, m)) : e.too_small;
  }
  if (/Quá lớn|too big/i.test(message)) {
    if (/ký tự|character/.test(message)) return e.too_long;
    if (/phần tử|item/.test(message)) return e.too_big;
    const bound = /(<=?)\s*(-?\d+(?:\.\d+)?)/.exec(message);
    return bound ? (bound[1] === '<=' ? e.at_most : e.below).replace('%{limit}', limit(bound[2]!, m)) : e.too_big;
  }
  if (/mong đợi (số|number|int)|expected (number|int)/i.test(message)) return e.not_number;
  if (/mong đợi date|dd\/mm\/yyyy|YYYY-MM-DD|Ngày/i.test(message)) return e.date;
  if (/một trong|one of|Tùy chọn/i.test(message)) return e.choose;
  if (/email/i.test(message)) return e.email;
  // A message the api wrote for people (no zod internals) stays as it is.
  if (!/mong đợi|nhận được|expected|received|Khóa|mẫu|Đầu vào không hợp lệ/.test(message)) return message;
  return e.invalid;
}

/** One "field: message" of the api: the field by its label (or left out when internal), the message in words. */
function labelled(field: string, message: string, locale: Locale): string {
  const m = messages[locale] as Messages;
  const labels = field ? field.split('/').map((f) => fieldLabel(f, m)) : [];
  const label = labels.length && labels.every(Boolean) ? labels.join(', ') : undefined;
  const text = keysInWords(withoutKeys(schemaMessage(half(message, locale), m)), m);
  return label ? `${label}: ${text}` : field ? `${m.thidua.error.some_field}: ${text}` : text;
}

/**
 * What the user reads for a failed api call: in the language of the console, each field named by its form label,
 * no internal keys, and what to do. `code` alone (no message) falls back to the code's own text.
 */
export function readableError(body: unknown, locale: string, status?: number): string {
  const lang: Locale = locale === 'en' ? 'en' : 'vi';
  const m = messages[lang] as Messages;
  const b = (body ?? {}) as ApiErrorBody;
  if (b.fields?.length) return b.fields.map((f) => labelled(f.field, f.message, lang)).join('; ');
  const raw = Array.isArray(b.message) ? b.message.join('; ') : b.message;
  const byCode = b.code ? (m.thidua.error.codes as Record<string, string>)[b.code] : undefined;
  const fallback = byCode ?? (status && status >= 500 ? m.thidua.error.server : m.thidua.error.unknown);
  // Some api messages are Vietnamese only; in English the code's own text stands in.
  if (!raw || (lang === 'en' && !raw.includes(' / ') && VIETNAMESE.test(raw))) return fallback;
  return half(raw, lang)
    .split('; ')
    .map((part) => {
      const field = /^([A-Za-z][\w.]*(?:\/[A-Za-z][\w.]*)*): (.*)$/s.exec(part);
      return field ? labelled(field[1]!, field[2]!, lang) : keysInWords(withoutKeys(part), m);
    })
    .join('; ');
}
