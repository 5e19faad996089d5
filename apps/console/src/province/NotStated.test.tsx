import { screen } from '@testing-library/react';
import type { ProvinceManifest } from '@thidua/domain';
import { describe, expect, it } from 'vitest';
import { fakeDataProvider, renderAsRole } from '../test/render';
import { AwardForms, PlanHeader, Quotas } from './PlanDetails';

/** A plan that has not yet stated its award forms and quotas (the scaffold's silent manifest). */
const silent = {
  name: 'Tỉnh Mới',
  authority: 'Ủy ban nhân dân tỉnh Mới',
  plan: { source: 'đầu văn bản' },
  movement: { name: 'Phong trào', span: { from: '2025-07-01', to: '2030-12-31' } },
  phases: [],
  awardForms: [],
  quotas: [],
  notStated: [
    { field: 'awardForms', source: 'toàn văn Kế hoạch' },
    { field: 'quotas', source: 'mục IV', text: 'giao Sở Nội vụ hướng dẫn sau' },
  ],
} as unknown as ProvinceManifest;

describe('a plan that leaves fields unsaid', () => {
  it('says "chưa quy định" where the list is empty because the plan is silent, with the plan section', () => {
    renderAsRole(
      <>
        <PlanHeader manifest={silent} />
        <AwardForms manifest={silent} />
        <Quotas manifest={silent} />
      </>,
      'viewer',
      fakeDataProvider({}),
    );
    expect(screen.getByText('Kế hoạch chưa quy định: hình thức khen thưởng, số lượng khen thưởng')).toBeInTheDocument();
    expect(screen.getByTestId('not-stated-awardForms')).toHaveTextContent('Kế hoạch chưa quy định[toàn văn Kế hoạch]');
    expect(screen.getByTestId('not-stated-quotas')).toHaveTextContent('giao Sở Nội vụ hướng dẫn sau');
  });

  it('says nothing of the kind for a plan that states them', () => {
    renderAsRole(<AwardForms manifest={{ ...silent, notStated: [] }} />, 'viewer', fakeDataProvider({}));
    expect(screen.queryByText(/chưa quy định/)).toBeNull();
  });
});

describe('a province on the map of 01/7/2025', () => {
  const source = 'Nghị quyết số 202/2025/QH15 (ngoài Kế hoạch)';
  it('says which province it merged into, from when, and whose name its documents carry', () => {
    const merged = { ...silent, mergedInto: { slug: 'tinh-lon', name: 'Tỉnh Lớn', date: '2025-07-01', source } };
    renderAsRole(<PlanHeader manifest={merged as ProvinceManifest} />, 'viewer', fakeDataProvider({}));
    expect(screen.getByTestId('merged-into')).toHaveTextContent(
      `Từ 01/07/2025 hợp nhất vào Tỉnh Lớn: văn bản ban hành từ ngày này mang tên Tỉnh Lớn[${source}]`,
    );
  });

  it('lists the provinces it absorbed, and says nothing of a province the map left alone', () => {
    const absorbing = { ...silent, absorbed: [{ slug: 'phu-mau', name: 'Phú Mẫu', date: '2025-07-01', source }] };
    renderAsRole(<PlanHeader manifest={absorbing as ProvinceManifest} />, 'viewer', fakeDataProvider({}));
    expect(screen.getByTestId('absorbed-phu-mau')).toHaveTextContent(`Từ 01/07/2025 gồm cả tỉnh Phú Mẫu cũ[${source}]`);
    expect(screen.queryByTestId('merged-into')).toBeNull();
  });
});
