import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useEffect } from 'react';
import { ListContextProvider, useList, useListContext } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import type { BulkActionResult } from '../providers/dataProvider';
import { fakeDataProvider, renderAsRole } from '../test/render';
import { NominationBulkActions } from './NominationBulkActions';

const rows = [
  { id: 11, nomineeName: 'UBND huyện Krông Búk', status: 'appraised' },
  { id: 12, nomineeName: 'Sở Y tế', status: 'appraised' },
  { id: 13, nomineeName: 'Nguyễn Thị Hoa', status: 'aggregated' },
];

/** The api's answer to a mixed batch, messages as it writes them ("Vietnamese / English"). */
const answer: BulkActionResult = {
  action: 'approve',
  succeeded: 1,
  failed: 2,
  results: [
    { id: 11, ok: true, status: 'approved' },
    {
      id: 12,
      ok: false,
      error: {
        statusCode: 409,
        code: 'quota-exceeded',
        message:
          '"Bằng khen của Chủ tịch UBND tỉnh" trong "Sơ kết 2024" chỉ được tối đa 8 tập thể (đã có 8) / the quota allows at most 8 collectives (8 already)',
      },
    },
    {
      id: 13,
      ok: false,
      error: {
        statusCode: 409,
        code: 'bad-status',
        message:
          'Không thể "Duyệt": đề nghị đang ở trạng thái "aggregated" (Đã tổng hợp) / cannot approve: the nomination is aggregated ("aggregated")',
      },
    },
  ],
};

function Selected() {
  const { selectedIds } = useListContext();
  return <output data-testid="selected">{selectedIds.join(',')}</output>;
}

function Harness() {
  const list = useList({ data: rows });
  const { onSelect } = list;
  useEffect(() => onSelect([11, 12, 13]), [onSelect]);
  return (
    <ListContextProvider value={list}>
      <NominationBulkActions />
      <Selected />
    </ListContextProvider>
  );
}

describe('bulk workflow steps in the nominations list', () => {
  it('offers home affairs the steps that fit the selection, and shows which rows succeeded and why others did not', async () => {
    const bulk = vi.fn().mockResolvedValue(answer);
    renderAsRole(<Harness />, 'home-affairs', fakeDataProvider({ bulkNominationAction: bulk }));
    await waitFor(() => expect(screen.getByTestId('selected')).toHaveTextContent('11,12,13'));
    // Appraised and aggregated rows: approve, reject, appraise, return; never a unit's or the other department's step.
    expect(screen.getByRole('button', { name: 'Duyệt' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Trả lại' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tổng hợp' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Gửi đề nghị' })).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Duyệt' }));
    expect(screen.getByTestId('bulk-confirm-text')).toHaveTextContent(
      'Thao tác “Duyệt” cho 3 đề nghị đã chọn (2 đề nghị đang ở bước phù hợp)?',
    );
    fireEvent.click(screen.getByTestId('bulk-confirm'));
    await waitFor(() => expect(bulk).toHaveBeenCalledWith('approve', [11, 12, 13], undefined));

    const dialog = await screen.findByRole('dialog', { name: 'Kết quả: Duyệt' });
    expect(within(dialog).getByTestId('bulk-summary')).toHaveTextContent('Thành công: 1 · Không thực hiện được: 2');
    const ok = within(dialog).getByTestId('bulk-result-11');
    expect(ok).toHaveTextContent('#11 UBND huyện Krông Búk');
    expect(ok).toHaveTextContent('Xong, nay là “Được duyệt”');
    const quota = within(dialog).getByTestId('bulk-result-12');
    expect(quota).toHaveTextContent('Không thực hiện được: "Bằng khen của Chủ tịch UBND tỉnh" trong "Sơ kết 2024"');
    expect(quota).toHaveTextContent('chỉ được tối đa 8 tập thể (đã có 8)');
    const status = within(dialog).getByTestId('bulk-result-13');
    expect(status).toHaveTextContent(/Không thể "Duyệt": đề nghị đang ở trạng thái “Đã tổng hợp”$/);
    // Vietnamese only: neither the English half nor internal keys reach the user.
    expect(dialog).not.toHaveTextContent(/quota allows|cannot approve|approve|aggregated|quota-exceeded|bad-status/);

    // Closing keeps the refused selected, to be looked at again.
    fireEvent.click(within(dialog).getByTestId('bulk-close'));
    await waitFor(() => expect(screen.getByTestId('selected')).toHaveTextContent(/^12,13$/));
  });

  it('asks for one reason before returning several nominations', async () => {
    const bulk = vi.fn().mockResolvedValue({ action: 'return', succeeded: 0, failed: 0, results: [] });
    renderAsRole(<Harness />, 'home-affairs', fakeDataProvider({ bulkNominationAction: bulk }));
    fireEvent.click(await screen.findByRole('button', { name: 'Trả lại' }));
    expect(screen.getByTestId('bulk-confirm')).toBeDisabled();
    fireEvent.change(screen.getByTestId('bulk-reason'), { target: { value: '  Thiếu biên bản họp  ' } });
    fireEvent.click(screen.getByTestId('bulk-confirm'));
    await waitFor(() => expect(bulk).toHaveBeenCalledWith('return', [11, 12, 13], 'Thiếu biên bản họp'));
  });

  it('offers a viewer nothing', async () => {
    renderAsRole(<Harness />, 'viewer', fakeDataProvider({}));
    await waitFor(() => expect(screen.getByTestId('selected')).toHaveTextContent('11,12,13'));
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});
