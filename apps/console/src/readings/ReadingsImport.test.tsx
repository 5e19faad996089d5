import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeDataProvider, renderAsRole } from '../test/render';
import { RegistrationsImport } from '../registrations';
import { ReadingsImport } from './index';

const preview = (invalid: boolean) => ({
  rows: [
    { row: 2, values: { unit: 'H05', indicatorId: 'dti-score', year: '2023', value: '80' }, errors: [] },
    {
      row: 3,
      values: { unit: 'UBND huyện Không Có', indicatorId: 'dti-score', year: '2023', value: '70' },
      errors: invalid ? ['Đơn vị "UBND huyện Không Có" không có trong tỉnh'] : [],
    },
  ],
  valid: invalid ? 1 : 2,
  invalid: invalid ? 1 : 0,
});

/** Chooses a file and asks for the check (the panel appears once permissions are known). */
async function check() {
  fireEvent.change(await screen.findByTestId('import-file'), {
    target: { files: [new File(['Đơn vị,Mã chỉ số,Năm,Giá trị\n'], 'so-lieu.csv', { type: 'text/csv' })] },
  });
  fireEvent.click(screen.getByTestId('import-check'));
}

describe('readings import', () => {
  it('sends the file to the api and shows each bad row with its error, offering no save', async () => {
    const importFile = vi.fn().mockResolvedValue(preview(true));
    renderAsRole(<ReadingsImport />, 'information-department', fakeDataProvider({ importFile }));
    await check();
    expect(await screen.findByTestId('import-row-3')).toHaveTextContent('không có trong tỉnh');
    expect(
      screen.getByText('Hãy sửa các dòng lỗi trong tệp rồi kiểm tra lại; chưa có dòng nào được lưu.'),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('import-save')).not.toBeInTheDocument();
    expect(importFile).toHaveBeenCalledWith('readings', expect.any(File), false);
  });

  it('saves every row only after a clean check', async () => {
    const importFile = vi
      .fn()
      .mockResolvedValueOnce(preview(false))
      .mockResolvedValueOnce({ ...preview(false), saved: 2 });
    renderAsRole(<ReadingsImport />, 'information-department', fakeDataProvider({ importFile }));
    await check();
    fireEvent.click(await screen.findByText('Lưu 2 dòng'));
    await waitFor(() => expect(importFile).toHaveBeenLastCalledWith('readings', expect.any(File), true));
    expect((await screen.findAllByText('Đã lưu 2 dòng')).length).toBeGreaterThan(0);
  });

  it('is not offered to a role that may not create readings (a clerk imports registrations only)', async () => {
    renderAsRole(
      <>
        <ReadingsImport />
        <RegistrationsImport />
      </>,
      'unit-clerk',
      fakeDataProvider({}),
    );
    expect(await screen.findByTestId('registrations-import')).toBeInTheDocument();
    expect(screen.queryByTestId('readings-import')).not.toBeInTheDocument();
  });
});
