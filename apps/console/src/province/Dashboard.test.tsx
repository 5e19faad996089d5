import { screen } from '@testing-library/react';
import type { ProvinceManifest } from '@thidua/domain';
import { describe, expect, it } from 'vitest';
import { fakeDataProvider, renderAsRole } from '../test/render';
import { Dashboard, type DashboardData } from './Dashboard';

const manifest = {
  phases: [{ id: 'so-ket', name: 'Sơ kết phong trào' }],
  awardForms: [{ id: 'bang-khen', name: 'Bằng khen của Chủ tịch UBND tỉnh' }],
} as unknown as ProvinceManifest;

const data: DashboardData = {
  id: 'tinh-thu',
  today: '2024-08-01',
  byStatus: { draft: 3, approved: 2 },
  quotaUse: [
    {
      phaseId: 'so-ket',
      awardFormId: 'bang-khen',
      limits: { collectives: 8, individuals: 8, combined: null },
      decidedByHead: false,
      used: { collectives: 2, individuals: 0 },
      remaining: { collectives: 6, individuals: 8, combined: null },
      source: 'III.4',
    },
    {
      phaseId: 'so-ket',
      awardFormId: 'bang-khen-2',
      limits: { collectives: null, individuals: null, combined: 2 },
      decidedByHead: false,
      used: { collectives: 1, individuals: 0 },
      remaining: { collectives: 1, individuals: 1, combined: 1 },
      share: { of: 'units', value: 0.2, base: 12, cap: 2 },
      source: 'III.5',
    },
  ],
  overdueReports: [{ unitId: 12, year: 2023, dueOn: '2023-12-20', submittedOn: null }],
  nextDeadlines: [{ date: '2024-08-15', kind: 'nomination', label: 'Hạn gửi hồ sơ đề nghị Sơ kết', source: 'III.4' }],
};

describe('province dashboard', () => {
  it('shows nominations by status, quota use, overdue reports by unit name and the next deadlines', async () => {
    const units = fakeDataProvider({ getMany: () => Promise.resolve({ data: [{ id: 12, name: 'UBND xã Ea Tiêu' }] }) });
    renderAsRole(<Dashboard data={data} manifest={manifest} />, 'home-affairs', units);
    expect(screen.getByText(/Dự thảo: 3 · Đã gửi: 0/)).toBeInTheDocument();
    expect(screen.getByText(/Được duyệt: 2/)).toBeInTheDocument();
    expect(screen.getByText('Tập thể: Đã dùng 2 / 8, còn 6')).toBeInTheDocument();
    // A share quota says how its cap was counted.
    expect(screen.getByText('Tập thể và cá nhân: Đã dùng 1 / 2, còn 1')).toBeInTheDocument();
    expect(screen.getByTestId('quota-share')).toHaveTextContent('20% của 12 đơn vị tham gia = 2 (làm tròn xuống)');
    expect(await screen.findByText('UBND xã Ea Tiêu')).toBeInTheDocument();
    expect(screen.getByText('Năm 2023: hạn 20/12/2023, chưa nộp')).toBeInTheDocument();
    expect(screen.getByText('15/08/2024')).toBeInTheDocument();
    expect(screen.getByText(/Hạn gửi hồ sơ đề nghị Sơ kết/)).toBeInTheDocument();
  });
});
