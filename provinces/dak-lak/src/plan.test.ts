import { parseManifest } from '@thidua/domain';
import { describe, expect, it } from 'vitest';
import manifest from './index.js';

describe('Đắk Lắk: manifest against its plan', () => {
  const m = parseManifest(manifest, 'dak-lak');

  it('is a valid manifest', () => {
    expect(m.slug).toBe('dak-lak');
  });

  // Add one test per fact of the plan: phases and their dates, quotas, criteria, deadlines, with the section.
});
