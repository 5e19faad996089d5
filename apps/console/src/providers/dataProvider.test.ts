import { can, RESOURCES, ROLES } from '@thidua/domain';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataProvider } from './dataProvider';
import { session } from './session';

afterEach(() => vi.unstubAllGlobals());

describe('lists a role may not read', () => {
  // Every role and every resource of the shared permission table.
  for (const role of ROLES)
    it(`${role}: asks the api only for the lists the permission table lets it read`, async () => {
      session.start('t', {
        id: 1,
        username: 'u',
        fullName: 'U',
        role,
        provinceSlug: role === 'national-admin' ? null : 'tinh-thu',
        unitId: null,
      });
      const asked: string[] = [];
      vi.stubGlobal(
        'fetch',
        vi.fn(async (url: string) => {
          asked.push(new URL(url, 'http://x').pathname.replace(/^\/api\//, ''));
          return new Response('[]', {
            status: 200,
            headers: { 'Content-Type': 'application/json', 'Content-Range': 'items 0-0/0' },
          });
        }),
      );
      for (const resource of RESOURCES) {
        const result = await dataProvider.getList(resource, {
          pagination: { page: 1, perPage: 10 },
          sort: { field: 'id', order: 'ASC' },
          filter: {},
        });
        if (!can(role, 'read', resource)) expect(result, resource).toEqual({ data: [], total: 0 });
      }
      expect(asked).toEqual(RESOURCES.filter((r) => can(role, 'read', r)));
    });
});
