import { describe, expect, it } from 'vitest';
import type { Criterion } from '../manifest/schema.js';
import { criteriaFor, evaluateCriteria, evaluateCriterion } from './criteria.js';

const dti: Criterion = {
  id: 'dti',
  tier: 'district',
  kind: 'threshold',
  text: 'Đạt tỷ lệ trên 70% điểm',
  indicator: 'dti-score',
  operator: '>',
  threshold: 70,
  unit: '%',
  source: 'III.1',
};
const top3: Criterion = {
  id: 'top3',
  tier: 'district',
  kind: 'rank',
  text: 'Xếp hạng trong 03 đơn vị dẫn đầu',
  indicator: 'dti-rank',
  threshold: 3,
  source: 'IV.3',
};
const lead: Criterion = {
  id: 'lead',
  tier: 'district',
  kind: 'qualitative',
  text: 'Có mô hình điển hình',
  source: 'III.1',
};
const none = { readings: new Map<string, number>(), verdicts: new Map() };

describe('criteria evaluation', () => {
  it('judges a threshold by the operator: "trên 70%" fails at exactly 70', () => {
    expect(evaluateCriterion(dti, { ...none, readings: new Map([['dti-score', 70]]) }).status).toBe('failed');
    expect(evaluateCriterion(dti, { ...none, readings: new Map([['dti-score', 70.5]]) })).toMatchObject({
      status: 'passed',
      value: 70.5,
    });
  });

  it('leaves a numeric criterion pending when there is no reading', () => {
    expect(evaluateCriterion(dti, none)).toMatchObject({ status: 'pending' });
  });

  it('judges a rank criterion: top N passes', () => {
    expect(evaluateCriterion(top3, { ...none, ranks: new Map([['dti-rank', 3]]) }).status).toBe('passed');
    expect(evaluateCriterion(top3, { ...none, ranks: new Map([['dti-rank', 4]]) }).status).toBe('failed');
  });

  it('takes a qualitative criterion from the reviewer verdict, keeping who and when', () => {
    const verdicts = new Map([['lead', { passed: true, by: 'u1', at: '2024-08-01T00:00:00Z' }]]);
    expect(evaluateCriterion(lead, { ...none, verdicts })).toMatchObject({ status: 'passed', by: 'u1' });
    expect(evaluateCriterion(lead, none).status).toBe('pending');
  });

  it('fails overall on any failure, else pending on any unknown, else passes', () => {
    const readings = new Map([['dti-score', 80]]);
    expect(evaluateCriteria([dti, lead], { ...none, readings }).status).toBe('pending');
    expect(
      evaluateCriteria([dti, lead], { readings, verdicts: new Map([['lead', { passed: true, by: 'u', at: 't' }]]) })
        .status,
    ).toBe('passed');
    expect(evaluateCriteria([dti, lead], { readings: new Map([['dti-score', 10]]), verdicts: new Map() }).status).toBe(
      'failed',
    );
  });

  it('selects the criteria of a tier and kind of nominee', () => {
    const ind: Criterion = { ...lead, id: 'ind', tier: 'official', recipient: 'individual' };
    expect(criteriaFor([dti, lead, ind], 'district', 'collective').map((c) => c.id)).toEqual(['dti', 'lead']);
    expect(criteriaFor([dti, lead, ind], 'official', 'individual').map((c) => c.id)).toEqual(['ind']);
  });
});
