/**
 * Vietnamese alphabetical order (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y), tones as a
 * secondary key (không dấu, huyền, hỏi, ngã, sắc, nặng). `vietnameseSortKey` turns a name into a string whose
 * plain binary order is that order, so both databases can sort on an indexed column (SQLite's collations are
 * wrong for Vietnamese and PostgreSQL's ICU one is not on every server).
 */
const ALPHABET = 'aăâbcdđeêghiklmnoôơpqrstuưvxy';
const TONES = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323']; // huyền, hỏi, ngã, sắc, nặng

function letterCode(ch: string): string {
  const i = ALPHABET.indexOf(ch);
  if (i >= 0) return String.fromCharCode(0x41 + i); // 'A'…: inside the printable range, after digits
  if (/[0-9]/.test(ch)) return ch;
  if (/\s/.test(ch)) return ' ';
  return ch > '\u007f' ? `~${ch}` : ch === '~' ? '~~' : ch;
}

export function vietnameseSortKey(text: string): string {
  const decomposed = text.trim().toLocaleLowerCase('vi').normalize('NFD');
  let primary = '';
  let tones = '';
  for (const ch of decomposed) {
    const t = TONES.indexOf(ch);
    if (t >= 0) {
      tones = tones.slice(0, -1) + String(t + 1);
      continue;
    }
    // Rebuild the base letters the alphabet knows (ă â ê ô ơ ư keep their own marks).
    const last = primary.length;
    if (ch === '\u0306' || ch === '\u0302' || ch === '\u031b') {
      const prevRaw = decomposedBase.get(primary[last - 1] ?? '');
      const combined = (prevRaw ?? '') + ch;
      const letter = combined.normalize('NFC');
      if (ALPHABET.includes(letter)) {
        primary = primary.slice(0, -1) + letterCode(letter);
        continue;
      }
    }
    primary += letterCode(ch === 'đ' ? 'đ' : ch);
    tones += '0';
  }
  return `${primary}\u0001${tones}`;
}

const decomposedBase = new Map([...'aeiouy'].map((c) => [letterCode(c), c]));

/** Compares two names in Vietnamese order (for sorting in memory the same way as the database). */
export function compareVietnamese(a: string, b: string): number {
  const ka = vietnameseSortKey(a);
  const kb = vietnameseSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Lower-case, without tones or marks, đ → d: what a search box matches against ("da lat" finds "Đà Lạt"). */
export function searchText(text: string): string {
  return text
    .toLocaleLowerCase('vi')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/\s+/g, ' ')
    .trim();
}
