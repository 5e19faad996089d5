import { fireEvent, screen, waitFor } from '@testing-library/react';
import { ListContextProvider } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeDataProvider, renderAsRole } from '../test/render';
import { DownloadButtons, ListExport } from './DownloadButtons';

afterEach(() => vi.unstubAllGlobals());

describe('list export', () => {
  it('asks the api for the list as filtered, passing only the filters the export knows', async () => {
    const fetch = vi.fn().mockResolvedValue(
      new Response('x', {
        status: 200,
        headers: { 'Content-Disposition': "attachment; filename*=UTF-8''de-nghi.xlsx" },
      }),
    );
    vi.stubGlobal('fetch', fetch);
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined }));
    const context = { filterValues: { status: 'approved', q: 'Nguyễn', phaseId: '' } } as never;
    renderAsRole(
      <ListContextProvider value={context}>
        <ListExport list="nominations" />
      </ListContextProvider>,
      'home-affairs',
      fakeDataProvider({}),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Xuất dữ liệu (XLSX)' }));
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    const url = String(fetch.mock.calls[0]![0]);
    expect(url.startsWith('/api/exports/nominations?format=xlsx&filter=')).toBe(true);
    expect(JSON.parse(decodeURIComponent(url.split('filter=')[1]!))).toEqual({ status: 'approved' });
    expect(fetch.mock.calls[0]![1].headers.get('Authorization')).toBe('Bearer test-token');
  });

  it('shows that the file is being made until it arrives', async () => {
    let arrive: (r: Response) => void = () => undefined;
    vi.stubGlobal('fetch', vi.fn().mockReturnValue(new Promise<Response>((r) => (arrive = r))));
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined }));
    renderAsRole(
      <DownloadButtons path="/phases/p1/summary" name="tong-hop" formats={['pdf']} label="Báo cáo tổng hợp đợt" />,
      'home-affairs',
      fakeDataProvider({}),
    );
    fireEvent.click(screen.getByTestId('download-tong-hop-pdf'));
    await waitFor(() => expect(screen.getByTestId('download-tong-hop-pdf')).toBeDisabled());
    expect(screen.getByTestId('download-tong-hop-pdf')).toHaveTextContent('Đang tạo tệp…');
    arrive(new Response('%PDF', { status: 200 }));
    await waitFor(() => expect(screen.getByTestId('download-tong-hop-pdf')).toBeEnabled());
    expect(screen.getByTestId('download-tong-hop-pdf')).not.toHaveTextContent('Đang tạo tệp…');
  });
});
