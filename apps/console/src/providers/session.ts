import type { UserIdentity } from '@thidua/domain';

/** The logged-in user as the api's /auth/login returns it. */
export type SessionUser = UserIdentity;

const TOKEN = 'thidua.token';
const USER = 'thidua.user';
const PROVINCE = 'thidua.province';
const LAST = 'thidua.lastUsername';

/** Token, user and (for a national administrator) the province being looked at, kept in localStorage. */
export const session = {
  token: (): string | null => localStorage.getItem(TOKEN),
  user(): SessionUser | null {
    const raw = localStorage.getItem(USER);
    return raw ? (JSON.parse(raw) as SessionUser) : null;
  },
  start(token: string, user: SessionUser): void {
    localStorage.setItem(TOKEN, token);
    localStorage.setItem(USER, JSON.stringify(user));
  },
  end(): void {
    const user = session.user();
    if (user) localStorage.setItem(LAST, user.username);
    localStorage.removeItem(TOKEN);
    localStorage.removeItem(USER);
  },
  /** Who was logged in before the current login, to know whether the page open at logout was theirs. */
  lastUsername: (): string | null => localStorage.getItem(LAST),
  /** The province the user works in: their own, or the one a national administrator picked. */
  province(): string | null {
    const user = session.user();
    if (!user) return null;
    return user.provinceSlug ?? localStorage.getItem(PROVINCE);
  },
  pickProvince(slug: string): void {
    localStorage.setItem(PROVINCE, slug);
  },
};
