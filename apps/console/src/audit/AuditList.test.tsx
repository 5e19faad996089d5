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
    fireEvent.change(await screen.findByPlaceholderText('Tìm theo người, thao tác, đối tượng', {}, { timeout: 8000 }), {
      target: { value: 'nhập' },
    });
    await waitFor(
      () => expect(getList).toHaveBeenLastCalledWith('audit', expect.objectContaining({ filter: { q: 'nhập' } })),
      { timeout: 8000 },
    );
  });

  it('names the action in words and shows what changed as labelled fields with dd/mm/yyyy dates', async () => {
    const getList = vi.fn().mockResolvedValue({
      data: [
        {
          id: 2,
          at: '2026-11-20T03:00:00Z',
          username: 'snv',
          action: 'nomination.approve',
          entity: 'nominations',
          entityId: '12',
          before: { status: 'appraised', phaseId: 'p1', submittedAt: '2026-11-02T01:00:00Z' },
          after: { status: 'approved', phaseId: 'p1', submittedAt: '2026-11-02T01:00:00Z', signedOn: '2026-12-15' },
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
    fireEvent.click(await screen.findByText('Duyệt đề nghị', {}, { timeout: 8000 }));
    const change = await screen.findByTestId('audit-change');
    expect(change).toHaveTextContent('Trạng thái');
    expect(change).toHaveTextContent('Đã thẩm định');
    expect(change).toHaveTextContent('15/12/2026');
    expect(change).not.toHaveTextContent('Đợt'); // unchanged fields are left out
    expect(change.textContent).not.toMatch(/[{}"]|appraised|2026-12-15/);
  });
});
