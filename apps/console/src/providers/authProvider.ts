import { can, type Resource, type Verb } from '@thidua/domain';
import type { AuthProvider } from 'react-admin';
import { i18nProvider } from '../i18n/i18nProvider';
import { readableError } from './errors';
import { API_URL } from './http';
import { session, type SessionUser } from './session';

/** react-admin's actions on a resource → the verbs of the shared permission table. */
const VERBS: Record<string, Verb> = {
  list: 'read',
  show: 'read',
  read: 'read',
  export: 'read',
  create: 'create',
  edit: 'update',
  update: 'update',
  delete: 'delete',
};

/** Resources of the console that are not api resources map onto the one whose rule governs them. */
const RULE_OF: Record<string, Resource> = {
  province: 'nominations',
  'criteria-versions': 'criteria',
  'units-import': 'units',
};

export function allowed(user: SessionUser | null, action: string, resource: string): boolean {
  if (!user) return false;
  const verb = VERBS[action];
  const rule = (RULE_OF[resource] ?? resource) as Resource;
  return !!verb && can(user.role, verb, rule);
}

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    const res = await fetch(`${API_URL}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(readableError(body, i18nProvider.getLocale(), res.status));
    const previous = session.user()?.username ?? session.lastUsername();
    session.start(body.token, body.user);
    // react-admin returns to the page open at logout; that page belongs to whoever was logged in then.
    return previous === body.user.username ? undefined : { redirectTo: '/' };
  },
  /** Ends the session on the api too, so that the token is worthless even if it was copied. */
  async logout() {
    const token = session.token();
    session.end();
    // Best effort: the api revokes the token where it supports it; the session is gone here either way.
    if (token)
      await fetch(`${API_URL}/auth/logout`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } }).catch(
        () => undefined,
      );
  },
  async checkAuth() {
    if (!session.token()) throw new Error('ra.auth.auth_check_error');
  },
  async checkError(error: { status?: number }) {
    if (error?.status === 401) {
      session.end();
      throw new Error('ra.notification.logged_out');
    }
  },
  async getIdentity() {
    const user = session.user();
    if (!user) throw new Error('ra.auth.auth_check_error');
    return { ...user, id: user.id, fullName: user.fullName };
  },
  async getPermissions() {
    return session.user()?.role;
  },
  async canAccess({ action, resource }: { action: string; resource: string }) {
    return allowed(session.user(), action, resource);
  },
};
