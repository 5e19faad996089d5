import { fireEvent, screen, waitFor } from '@testing-library/react';
import { ResourceContextProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { fakeDataProvider, renderAsRole } from '../test/render';
import { AuditList } from './index';

describe('audit log', () => {
  it("searches who, action and entity with one box, through the api's q filter", async () => {
    const getList = vi.fn().mockResolvedValue({
      data: [
        {
          id: 1,
          at: '2024-08-01T08:00:00Z',
          username: 'tn.admin',
          action: 'import',
          entity: 'readings',
          entityId: '3',
          before: null,
          after: null,
        },
      ],
      total: 1,
    });
    renderAsRole(
      <ResourceContextProvider value="audit">
        <AuditList />
      </ResourceContextProvider>,
      'home-affairs',
      fakeDataProvider({ getList }),
    );
    fireEvent.change(await screen.findByPlaceholderText('Tìm theo người, thao tác, đối tượng'), {
      target: { value: 'nhập' },
    });
    await waitFor(
      () => expect(getList).toHaveBeenLastCalledWith('audit', expect.objectContaining({ filter: { q: 'nhập' } })),
      { timeout: 3000 },
    );
  });
});
