import type { Criterion } from '@thidua/domain';
import { describe, expect, it } from 'vitest';
import { changeOf, diffCriterion, type Version } from './diff';

const base: Criterion = {
  id: 'dti',
  tier: 'district',
  kind: 'threshold',
  text: 'DTI trên 70 điểm',
  indicator: 'dti-score',
  operator: '>=',
  threshold: 70,
  source: 'III.1.b',
};

describe('criterion diff', () => {
  it('marks exactly the fields that changed', () => {
    const d = diffCriterion(base, { ...base, threshold: 75, text: 'DTI từ 75 điểm' });
    expect(d.filter((x) => x.changed).map((x) => x.field)).toEqual(['text', 'threshold']);
    expect(d.find((x) => x.field === 'threshold')).toMatchObject({ before: '70', after: '75' });
  });

  it('finds what a version changed from the one before', () => {
    const versions: Version[] = [
      {
        version: 2,
        criteria: [],
        change: 'retire',
        criterionId: 'dti',
        reason: 'Bãi bỏ',
        authorId: 1,
        authorName: 'Trần Thị Bình',
        createdAt: '2025-01-02T00:00:00Z',
      },
      {
        version: 1,
        criteria: [base],
        change: 'plugin',
        criterionId: null,
        reason: '',
        authorId: null,
        authorName: null,
        createdAt: '2000-01-01T00:00:00Z',
      },
    ];
    expect(changeOf(versions, 2)).toEqual({ before: base, after: undefined });
    expect(diffCriterion(base, undefined).every((x) => x.after === '')).toBe(true);
  });
});
