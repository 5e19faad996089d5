import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Form, ResourceContextProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { fakeDataProvider, renderAsRole } from '../test/render';
import { ApprovedNominations } from './ApprovedNominations';

const approved = [1, 2, 3].map((id) => ({
  id,
  nomineeName: `Đơn vị ${id}`,
  recipient: 'collective',
  decisionId: id === 3 ? 9 : null, // already in a decision: not offered
}));

describe('decision builder', () => {
  it('selects every approved nomination not yet decided with one click, and clears them with another', async () => {
    const submit = vi.fn();
    const getList = vi.fn((resource: string) =>
      Promise.resolve(resource === 'nominations' ? { data: approved, total: 3 } : { data: [], total: 0 }),
    );
    renderAsRole(
      <ResourceContextProvider value="decisions">
        <Form defaultValues={{ nominationIds: [] }} onSubmit={submit}>
          <ApprovedNominations phaseId="p1" awardFormId="bang-khen" />
          <button type="submit">Lưu</button>
        </Form>
      </ResourceContextProvider>,
      'home-affairs',
      fakeDataProvider({ getList }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Chọn tất cả (2)' }, { timeout: 8000 }));
    await waitFor(() => expect(screen.getAllByRole('checkbox', { checked: true })).toHaveLength(2));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(submit).toHaveBeenCalled());
    expect(submit.mock.calls[0]![0].nominationIds).toEqual([1, 2]);
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ chọn tất cả' }));
    await waitFor(() => expect(screen.queryAllByRole('checkbox', { checked: true })).toHaveLength(0));
  });
});
