import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeDataProvider, renderAsRole } from '../test/render';
import { History } from './History';
import type { NominationDetails } from './types';

const n = {
  id: 41,
  status: 'returned',
  history: [
    {
      fromStatus: null,
      toStatus: 'draft',
      action: 'create',
      reason: null,
      userId: 5,
      userName: 'Lê Văn Cường',
      at: '2024-08-01T01:00:00Z',
    },
    {
      fromStatus: 'submitted',
      toStatus: 'returned',
      action: 'return',
      reason: 'Thiếu báo cáo thành tích',
      userId: 9,
      userName: 'Phạm Thị Dung',
      at: '2024-08-02T01:00:00Z',
    },
  ],
} as unknown as NominationDetails;

describe('nomination history', () => {
  it('names who took each step, from the api, for any role', () => {
    renderAsRole(<History n={n} />, 'viewer', fakeDataProvider({}));
    expect(screen.getByText('Phạm Thị Dung · Thiếu báo cáo thành tích')).toBeInTheDocument();
    expect(screen.getByText('Lê Văn Cường')).toBeInTheDocument();
    expect(screen.queryByText(/#\d/)).not.toBeInTheDocument();
  });
});
