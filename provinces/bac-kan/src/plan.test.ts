import { parseManifest } from '@thidua/domain';
import { describe, expect, it } from 'vitest';
import manifest from './index.js';

describe('Bắc Kạn: manifest against its plan', () => {
  const m = parseManifest(manifest, 'bac-kan');

  it('is a valid manifest', () => {
    expect(m.slug).toBe('bac-kan');
  });

  // Add one test per fact of the plan: phases and their dates, quotas, criteria, deadlines, with the section.
});
