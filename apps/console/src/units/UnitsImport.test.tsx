import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeDataProvider, renderAsRole } from '../test/render';
import { UnitsImport } from './UnitsImport';

const preview = (invalid: boolean) => ({
  rows: [
    { row: 2, values: { name: 'Sở Khoa học và Công nghệ', tier: 'Sở, ban, ngành, đoàn thể cấp tỉnh' }, errors: [] },
    {
      row: 3,
      values: { name: 'Xã Ea Tiêu', tier: 'Cấp xã', parent: 'Huyện Không Có' },
      errors: invalid ? ['Đơn vị cấp trên "Huyện Không Có" không có trong tỉnh'] : [],
    },
  ],
  valid: invalid ? 1 : 2,
  invalid: invalid ? 1 : 0,
});

function choose(file = new File(['Tên đơn vị\nSở Khoa học và Công nghệ\n'], 'don-vi.csv', { type: 'text/csv' })) {
  fireEvent.change(screen.getByTestId('import-file'), { target: { files: [file] } });
  fireEvent.click(screen.getByTestId('import-check'));
}

describe('units import', () => {
  it('shows each bad row with its error and offers no save', async () => {
    const importFile = vi.fn().mockResolvedValue(preview(true));
    renderAsRole(<UnitsImport />, 'province-admin', fakeDataProvider({ importFile }));
    choose();
    expect(await screen.findByTestId('import-row-3')).toHaveTextContent('Huyện Không Có" không có trong tỉnh');
    expect(screen.getByText('1 dòng hợp lệ, 1 dòng lỗi')).toBeInTheDocument();
    expect(screen.queryByTestId('import-save')).not.toBeInTheDocument();
    expect(importFile).toHaveBeenCalledWith('units', expect.any(File), false);
  });

  it('saves only after a clean check', async () => {
    const importFile = vi
      .fn()
      .mockResolvedValueOnce(preview(false))
      .mockResolvedValueOnce({ ...preview(false), saved: 2 });
    renderAsRole(<UnitsImport />, 'province-admin', fakeDataProvider({ importFile }));
    choose();
    fireEvent.click(await screen.findByTestId('import-save'));
    await waitFor(() => expect(importFile).toHaveBeenLastCalledWith('units', expect.any(File), true));
    expect((await screen.findAllByText('Đã lưu 2 đơn vị')).length).toBeGreaterThan(0);
  });
});
