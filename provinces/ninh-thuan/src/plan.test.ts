import { parseManifest } from '@thidua/domain';
import { describe, expect, it } from 'vitest';
import manifest from './index.js';

describe('Ninh Thuận: manifest against its plan', () => {
  const m = parseManifest(manifest, 'ninh-thuan');

  it('is a valid manifest', () => {
    expect(m.slug).toBe('ninh-thuan');
  });

  // Add one test per fact of the plan: phases and their dates, quotas, criteria, deadlines, with the section.
});
