import { searchText } from '@thidua/domain';
import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * OWASP ASVS L2 (V2.1): at least 12 characters, up to 128, any Unicode (passphrases welcome), no composition
 * rules; refused when common or breached, or built on a word of this context (the user's name, the province, the
 * system). Length counts characters as people see them (code points, after NFC).
 */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

/** Words that Vietnamese staff reach for first, beside the international list. */
const LOCAL_COMMON = ['matkhau', 'anhyeuem', 'emyeuanh', 'vietnam', 'thidua', 'quantri', 'admin', 'thiduakhenthuong'];
/** The system's own name: a password built on it is the first an attacker tries. */
const SYSTEM_WORDS = ['thidua'];

let common: Set<string> | undefined;
/** ~49,000 most common passwords of breach corpora (zxcvbn-ts, MIT), loaded on first use. */
const commonPasswords = () => (common ??= new Set([...dictionary['passwords-common'], ...LOCAL_COMMON]));

/** Letters and digits only, lower case, without tones: how a word hides inside "Tinh-Moi@2025". */
const compact = (s: string) => searchText(s).replace(/[^a-z0-9]/g, '');

/** A password as stored and compared: Unicode NFC, so the same passphrase typed on any keyboard matches. */
export const normalizePassword = (password: string) => password.normalize('NFC');

/** What is wrong with a new password (empty when it is acceptable); `context` = username, province name and slug. */
export function passwordProblems(password: string, context: string[]): string[] {
  const chars = [...normalizePassword(password)];
  if (chars.length < PASSWORD_MIN)
    return [`Mật khẩu cần ít nhất ${PASSWORD_MIN} ký tự / at least ${PASSWORD_MIN} characters`];
  if (chars.length > PASSWORD_MAX)
    return [`Mật khẩu dài tối đa ${PASSWORD_MAX} ký tự / at most ${PASSWORD_MAX} characters`];
  const problems: string[] = [];
  if (new Set(chars).size < 5) problems.push('Mật khẩu có quá ít ký tự khác nhau / too few different characters');
  const whole = compact(password);
  // "Password2025!" is "password" with digits around it: strip them to find the word.
  const core = whole.replace(/^\d+|\d+$/g, '');
  const list = commonPasswords();
  if (list.has(password.toLowerCase()) || list.has(whole) || (core.length >= 4 && list.has(core)))
    problems.push('Mật khẩu quá phổ biến hoặc đã bị lộ / a common or breached password');
  const words = [...context, ...SYSTEM_WORDS].map(compact).filter((w) => w.length >= 4);
  if (words.some((w) => whole.includes(w)))
    problems.push(
      'Mật khẩu không được chứa tên đăng nhập, tên tỉnh hoặc tên hệ thống / must not contain the username, the province or the system name',
    );
  return problems;
}
