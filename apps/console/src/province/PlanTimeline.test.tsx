import { screen } from '@testing-library/react';
import type { ProvinceManifest } from '@thidua/domain';
import { describe, expect, it } from 'vitest';
import { fakeDataProvider, renderAsRole } from '../test/render';
import { PlanTimeline } from './PlanTimeline';

const manifest = {
  movement: { span: { from: '2023-01-01', to: '2025-12-31' } },
  phases: [
    {
      id: 'so-ket',
      kind: 'interim-review',
      name: 'Sơ kết',
      period: { from: '2024-07-01', to: '2024-09-30' },
      nominationDeadline: '2024-08-15',
      awardFormIds: [],
      source: 'III.4',
    },
    {
      id: 'tong-ket',
      kind: 'final-review',
      name: 'Tổng kết',
      period: { from: '2025-10-01', to: '2025-12-31' },
      awardFormIds: [],
      source: 'III.4',
    },
  ],
} as unknown as ProvinceManifest;

describe('plan timeline', () => {
  it('places each phase on one axis and marks today as dd/mm/yyyy', () => {
    renderAsRole(<PlanTimeline manifest={manifest} today="2024-08-01" />, 'viewer', fakeDataProvider({}));
    expect(screen.getByText('Sơ kết')).toBeInTheDocument();
    expect(screen.getByText('Hôm nay 01/08/2024')).toBeInTheDocument();
    const left = (id: string) =>
      parseFloat(screen.getByTestId(id).style.left || getComputedStyle(screen.getByTestId(id)).left);
    expect(left('timeline-today')).toBeGreaterThan(left('phase-so-ket'));
    expect(left('timeline-today')).toBeLessThan(left('phase-tong-ket'));
  });
});
