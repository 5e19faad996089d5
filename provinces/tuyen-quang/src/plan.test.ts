import { parseManifest } from '@thidua/domain';
import { describe, expect, it } from 'vitest';
import manifest from './index.js';

describe('Tuyên Quang: manifest against its plan', () => {
  const m = parseManifest(manifest, 'tuyen-quang');

  it('is a valid manifest', () => {
    expect(m.slug).toBe('tuyen-quang');
  });

  // Add one test per fact of the plan: phases and their dates, quotas, criteria, deadlines, with the section.
});
