/**
 * How dates, numbers and names are written in Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP,
 * Phụ lục I). Pure functions: the Handlebars helpers and the DOCX builder share them.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

function parts(iso: string): { day: number; month: number; year: number } {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new Error(`not a date written YYYY-MM-DD: "${iso}"`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/**
 * "ngày 05 tháng 02 năm 2024": NĐ 30/2020 writes days below 10 and months below 3 with a leading zero
 * (so "tháng 02" but "tháng 10"; "ngày 05" but "ngày 10").
 */
export function vietnameseDate(iso: string): string {
  const { day, month, year } = parts(iso);
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month < 3 ? `0${month}` : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** 1234567.5 → "1.234.567,5": dot for thousands, comma for decimals. */
export function vietnameseNumber(value: number, decimals?: number): string {
  return new Intl.NumberFormat(
    'vi-VN',
    decimals === undefined
      ? { maximumFractionDigits: 2 }
      : { minimumFractionDigits: decimals, maximumFractionDigits: decimals },
  ).format(value);
}

/** Counts in documents read "08 tập thể", "12 cá nhân": two digits at least. */
export function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/** Upper case for Vietnamese: đ → Đ and every tone mark kept ("Đà Lạt" → "ĐÀ LẠT"). */
export function vietnameseUpper(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi');
}

/** Ordinal article numbers in Roman numerals for section headings (I, II, III…). */
export function roman(value: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = value;
  let out = '';
  for (const [n, s] of table) while (rest >= n) [rest, out] = [rest - n, out + s];
  return out;
}

/**
 * A signer's title as the lines of the signature block: "KT. CHỦ TỊCH – PHÓ CHỦ TỊCH" or "KT. CHỦ TỊCH / PHÓ
 * CHỦ TỊCH" → ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"] (authority line, then title line), upper-cased.
 */
export function signatureLines(title: string): string[] {
  return title
    .split(/\s+[–—/-]\s+|\n/)
    .map((s) => vietnameseUpper(s.trim()))
    .filter(Boolean);
}

/** Words that open a phrase of an official title: a line may break before them, nowhere else. */
const PHRASE_START =
  /^(?:CỦA|DO|CHỦ|THỦ|GIÁM|CHÁNH|TRƯỞNG|ỦY|UBND|HỘI|TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|XÃ|PHƯỜNG|ĐẶC|SỞ|BAN|BỘ|CHÍNH|NHÀ|TỔNG|HẠNG|LIÊN)$/;
/** Words that keep the next word in their phrase ("THÀNH PHỐ", "THỊ XÃ", "CHÍNH PHỦ", "ỦY BAN NHÂN DÂN"). */
const JOINS_NEXT =
  /^(?:CỦA|DO|THÀNH|THỊ|ỦY|BAN|NHÂN|HỘI|ĐỒNG|CHỦ|THỦ|GIÁM|CHÁNH|CHÍNH|BẰNG|GIẤY|HUÂN|HUY|CỜ|CHIẾN|ĐẶC|LIÊN|TỔNG|NHÀ)$/;

/**
 * An upper-case title that breaks only between meaningful phrases: words inside a phrase are joined with no-break
 * spaces ("BẰNG KHEN | CỦA CHỦ TỊCH | ỦY BAN NHÂN DÂN | TỈNH …"), which HTML, PDF and Word all honour.
 */
export function keepPhrases(text: string): string {
  const words = text.split(/ +/).filter(Boolean);
  return words
    .map((w, i) => {
      if (i === 0) return w;
      const previous = words[i - 1]!;
      // The last word never stands alone ("… NHÂN DÂN TỈNH").
      const breakable = PHRASE_START.test(w) && !JOINS_NEXT.test(previous) && i < words.length - 1;
      return (breakable ? ' ' : '\u00a0') + w;
    })
    .join('');
}
