import { waitFor } from '@testing-library/react';
import { can, type Resource as Guarded } from '@thidua/domain';
import type { ComponentType } from 'react';
import { reactRouterProvider, ResourceContextProvider } from 'react-admin';
import { describe, expect, it } from 'vitest';
import nominations from '../nominations';
import people from '../people';
import readings from '../readings';
import registrations from '../registrations';
import reports from '../reports';
import units from '../units';
import users from '../users';
import decisions from '../decisions';
import audit from '../audit';
import { fakeDataProvider, renderAsRole } from '../test/render';
import { CHOICES_SORT } from './ReferenceInput';

const { Routes, Route } = reactRouterProvider;

/** The resources of the console with their views, as App.tsx declares them. */
const RESOURCES: Record<string, Partial<Record<'list' | 'create' | 'edit', ComponentType<Record<string, unknown>>>>> = {
  nominations,
  decisions,
  units,
  people,
  readings,
  registrations,
  reports,
  audit,
  users,
} as never;

const manifest = {
  slug: 'tinh-thu',
  name: 'Tỉnh Thử',
  tiers: [{ tier: 'provincial-agency' }],
  phases: [{ id: 'p1', name: 'Sơ kết', awardFormIds: ['bk'], period: { from: '2024-01-01', to: '2024-12-31' } }],
  awardForms: [{ id: 'bk', name: 'Bằng khen', recipients: ['collective', 'individual'] }],
  quotas: [],
  indicators: [],
  criteria: [],
  documentTypes: [],
};
const records: Record<string, Record<string, unknown>> = {
  nominations: { id: 1, recipient: 'collective', nomineeUnitId: 2, status: 'draft', phaseId: 'p1', awardFormId: 'bk' },
  people: { id: 1, fullName: 'Đặng Thu', unitId: 2 },
  readings: { id: 1, unitId: 2, indicatorId: 'x', year: 2024, value: 1 },
  reports: { id: 1, unitId: 2, year: 2024, submittedOn: '2024-05-01', summary: 'x' },
  units: { id: 2, name: 'Sở Y tế', tier: 'provincial-agency', parentId: null },
  users: { id: 1, username: 'a', fullName: 'A', role: 'viewer', unitId: 2, active: true },
  decisions: { id: 1, number: '1/QĐ', status: 'draft', phaseId: 'p1', awardFormId: 'bk', nominationIds: [] },
};

/** Every view of every resource the province administrator may open (units, people, … in each one's form or filters). */
const VIEWS = Object.entries(RESOURCES).flatMap(([resource, views]) =>
  (['list', 'create', 'edit'] as const)
    .filter(
      (v) =>
        views[v] &&
        can('province-admin', v === 'list' ? 'read' : v === 'edit' ? 'update' : 'create', resource as Guarded),
    )
    .map((v) => [resource, v, views[v]!] as const),
);

describe('choices of another resource, in every form and filter', () => {
  it('finds the views to check', () => expect(VIEWS.length).toBeGreaterThan(15));

  for (const [resource, view, View] of VIEWS)
    it(`${resource} ${view}: offers units and people by name, in Vietnamese order`, async () => {
      const asked: { resource: string; sort?: { field: string; order: string } }[] = [];
      const provider = fakeDataProvider({
        getList: (r: string, params: { sort?: { field: string; order: string } }) => {
          asked.push({ resource: r, sort: params.sort });
          return Promise.resolve({ data: [], total: 0 });
        },
        getOne: (r: string) => Promise.resolve({ data: r === 'provinces' ? manifest : (records[r] ?? { id: 1 }) }),
        getMany: () => Promise.resolve({ data: [] }),
      });
      // An edit view reads its record's id from the route, as in the app (/#/people/1).
      window.location.hash = view === 'edit' ? `#/${records[resource]?.id ?? 1}` : '#/';
      renderAsRole(
        <ResourceContextProvider value={resource}>
          <Routes>
            <Route path="/:id?" element={<View />} />
          </Routes>
        </ResourceContextProvider>,
        'province-admin',
        provider,
      );
      // Give the view time to mount its inputs and ask for their choices.
      await waitFor(() => expect(asked.length).toBeGreaterThan(0), { timeout: 8000 });
      await new Promise((r) => setTimeout(r, 300));
      const choices = asked.filter((a) => a.resource !== resource && a.resource in CHOICES_SORT);
      for (const a of choices) expect(a.sort, `${a.resource} in ${resource} ${view}`).toEqual(CHOICES_SORT[a.resource]);
    });
});
