import { fireEvent, screen, waitFor } from '@testing-library/react';
import { ListContextProvider } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeDataProvider, renderAsRole } from '../test/render';
import { ListExport } from './DownloadButtons';

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
});
