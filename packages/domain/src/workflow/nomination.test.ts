import { describe, expect, it } from 'vitest';
import { actionNeedsReason, actionsOf, availableActions, checkTransition } from './nomination.js';

describe('nomination workflow', () => {
  it('walks draft → submitted → aggregated → appraised → approved with the right roles', () => {
    expect(checkTransition('submit', 'draft', 'unit-clerk')).toEqual({ ok: true, to: 'submitted', needsReason: false });
    expect(checkTransition('aggregate', 'submitted', 'information-department')).toMatchObject({
      ok: true,
      to: 'aggregated',
    });
    expect(checkTransition('appraise', 'aggregated', 'home-affairs')).toMatchObject({ ok: true, to: 'appraised' });
    expect(checkTransition('approve', 'appraised', 'home-affairs')).toMatchObject({ ok: true, to: 'approved' });
  });

  it('refuses the wrong role and the wrong status, and tells which', () => {
    expect(checkTransition('aggregate', 'submitted', 'unit-clerk')).toEqual({ ok: false, reason: 'role' });
    expect(checkTransition('approve', 'submitted', 'home-affairs')).toEqual({ ok: false, reason: 'status' });
    expect(checkTransition('submit', 'approved', 'unit-clerk')).toEqual({ ok: false, reason: 'status' });
    expect(checkTransition('approve', 'approved', 'viewer')).toEqual({ ok: false, reason: 'role' });
  });

  it('lets each department return only what is in its hands, with a reason', () => {
    expect(checkTransition('return', 'submitted', 'information-department')).toMatchObject({
      ok: true,
      to: 'returned',
      needsReason: true,
    });
    expect(checkTransition('return', 'submitted', 'home-affairs')).toEqual({ ok: false, reason: 'role' });
    expect(checkTransition('return', 'aggregated', 'home-affairs')).toMatchObject({ ok: true, needsReason: true });
  });

  it('offers the buttons a role may press', () => {
    expect(availableActions('appraised', 'home-affairs').sort()).toEqual(['approve', 'reject']);
    expect(availableActions('appraised', 'viewer')).toEqual([]);
    expect(availableActions('returned', 'unit-clerk')).toEqual(['submit']);
  });

  it('offers each role the bulk steps it may ever take, and says which need a reason', () => {
    expect(actionsOf('home-affairs')).toEqual(['return', 'appraise', 'approve', 'reject']);
    expect(actionsOf('information-department')).toEqual(['return', 'aggregate']);
    expect(actionsOf('unit-clerk')).toEqual(['submit']);
    expect(actionsOf('viewer')).toEqual([]);
    expect(actionsOf('national-admin')).toEqual([]);
    expect(['return', 'reject'].every((a) => actionNeedsReason(a as never))).toBe(true);
    expect(actionNeedsReason('approve')).toBe(false);
  });
});
