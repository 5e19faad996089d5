import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeDataProvider, renderAsRole } from '../test/render';
import { CriteriaHistory } from './CriteriaHistory';

const versions = [
  {
    id: 2,
    version: 2,
    criteria: [],
    change: 'retire',
    criterionId: 'dti',
    reason: 'Bãi bỏ',
    authorId: 4,
    authorName: 'Trần Thị Bình',
    createdAt: '2025-01-02T03:04:00Z',
  },
  {
    id: 1,
    version: 1,
    criteria: [],
    change: 'plugin',
    criterionId: null,
    reason: 'Tiêu chí theo kế hoạch',
    authorId: null,
    authorName: null,
    createdAt: '2000-01-01T00:00:00Z',
  },
];

describe('criteria history', () => {
  it("names each version's author from the api, without reading the users list", async () => {
    const getList = vi.fn().mockResolvedValue({ data: versions, total: 2 });
    renderAsRole(<CriteriaHistory />, 'home-affairs', fakeDataProvider({ getList }));
    expect(await screen.findByText(/Trần Thị Bình · .* · Bãi bỏ/)).toBeInTheDocument();
    expect(screen.queryByText(/#4/)).not.toBeInTheDocument();
    expect(getList.mock.calls.map((c) => c[0])).toEqual(['criteria-versions']);
  });
});
