import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeDataProvider, renderAsRole } from '../test/render';
import { DecisionEdit } from './DecisionEdit';

const manifest = {
  id: 'tinh-thu',
  slug: 'tinh-thu',
  phases: [{ id: 'p1', name: 'Sơ kết năm 2024', awardFormIds: ['bang-khen'] }],
  awardForms: [{ id: 'bang-khen', name: 'Bằng khen của Chủ tịch UBND tỉnh' }],
};
const draft = {
  id: 4,
  number: '125/QĐ-UBND',
  signedOn: '2024-09-05',
  signerName: 'Nguyễn Văn Ánh',
  signerTitle: 'KT. CHỦ TỊCH – PHÓ CHỦ TỊCH',
  phaseId: 'p1',
  awardFormId: 'bang-khen',
  status: 'draft',
  issuedAt: null,
  nominationIds: [1, 2],
  awardees: [],
};
// Two in this draft, one free, one in another decision (not offered).
const approved = [
  { id: 1, nomineeName: 'UBND huyện Một', recipient: 'collective', decisionId: 4 },
  { id: 2, nomineeName: 'UBND huyện Hai', recipient: 'collective', decisionId: 4 },
  { id: 3, nomineeName: 'Trần Thị Ba', recipient: 'individual', decisionId: null },
  { id: 5, nomineeName: 'UBND huyện Năm', recipient: 'collective', decisionId: 9 },
];

function renderEdit(record: Record<string, unknown>) {
  const update = vi.fn((_: string, params: { id: number; data: object }) =>
    Promise.resolve({ data: { ...record, ...params.data } }),
  );
  const provider = fakeDataProvider({
    getOne: (resource: string) => Promise.resolve({ data: resource === 'provinces' ? manifest : record }),
    getList: (resource: string) =>
      Promise.resolve(resource === 'nominations' ? { data: approved, total: 4 } : { data: [], total: 0 }),
    update,
  });
  renderAsRole(<DecisionEdit id={4} resource="decisions" />, 'home-affairs', provider);
  return update;
}

describe('editing a draft decision', () => {
  it('changes its awardees among the approved nominations, its number, signing date and signer', async () => {
    const update = renderEdit(draft);
    const one = await screen.findByLabelText('UBND huyện Một (Tập thể)', {}, { timeout: 8000 });
    expect(one).toBeChecked();
    expect(screen.getByLabelText('UBND huyện Hai (Tập thể)')).toBeChecked();
    expect(screen.getByLabelText('Trần Thị Ba (Cá nhân)')).not.toBeChecked();
    expect(screen.queryByText(/UBND huyện Năm/)).not.toBeInTheDocument();
    expect(screen.getByText('Sơ kết năm 2024')).toBeInTheDocument();
    expect(screen.getByLabelText('Ngày ký *')).toHaveValue('05/09/2024');

    fireEvent.click(one);
    fireEvent.click(screen.getByLabelText('Trần Thị Ba (Cá nhân)'));
    fireEvent.change(screen.getByLabelText('Số quyết định *'), { target: { value: '126/QĐ-UBND' } });
    fireEvent.change(screen.getByLabelText('Ngày ký *'), { target: { value: '12/09/2024' } });
    fireEvent.change(screen.getByLabelText('Người ký *'), { target: { value: 'Trần Thị Bảo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(update).toHaveBeenCalled());
    const { id, data } = update.mock.calls[0]![1] as { id: number; data: Record<string, unknown> };
    expect(id).toBe(4);
    expect(data).toMatchObject({ number: '126/QĐ-UBND', signedOn: '2024-09-12', signerName: 'Trần Thị Bảo' });
    expect([...(data.nominationIds as number[])].sort()).toEqual([2, 3]);
    // No delete button: a draft is edited, then issued.
    expect(screen.queryByRole('button', { name: 'Xóa' })).not.toBeInTheDocument();
  });

  it('offers no form once the decision is issued', async () => {
    renderEdit({ ...draft, status: 'issued', issuedAt: '2024-09-06T02:00:00.000Z' });
    expect(await screen.findByTestId('decision-issued')).toHaveTextContent(
      'Quyết định 125/QĐ-UBND đã ban hành, không sửa được nữa.',
    );
    expect(screen.queryByRole('button', { name: 'Lưu' })).not.toBeInTheDocument();
  });
});
