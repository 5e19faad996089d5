import { render } from '@testing-library/react';
import type { Role } from '@thidua/domain';
import type { ReactElement } from 'react';
import { AdminContext, type DataProvider, type I18nProvider, memoryStore, Notification } from 'react-admin';
import { i18nProvider } from '../i18n/i18nProvider';
import { authProvider } from '../providers/authProvider';
import { session } from '../providers/session';

/** A data provider answering only what a view asks for; anything else fails the test loudly. */
export function fakeDataProvider(methods: Record<string, (...args: never[]) => unknown>): DataProvider {
  return new Proxy(methods, {
    get: (target, name: string) => target[name] ?? (() => Promise.reject(new Error(`unexpected dataProvider.${name}`))),
  }) as unknown as DataProvider;
}

/**
 * Renders a view inside react-admin's AdminContext, in Vietnamese (or the `i18n` given), logged in with a role of
 * the test province.
 */
export function renderAsRole(
  ui: ReactElement,
  role: Role,
  dataProvider: DataProvider,
  i18n: I18nProvider = i18nProvider,
) {
  session.start('test-token', {
    id: 7,
    username: `test.${role}`,
    fullName: 'Người kiểm thử',
    role,
    provinceSlug: role === 'national-admin' ? null : 'tinh-thu',
    unitId: role === 'unit-clerk' ? 3 : null,
  });
  return render(
    <AdminContext dataProvider={dataProvider} authProvider={authProvider} i18nProvider={i18n} store={memoryStore()}>
      {ui}
      <Notification />
    </AdminContext>,
  );
}
