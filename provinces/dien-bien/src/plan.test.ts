import { parseManifest } from '@thidua/domain';
import { describe, expect, it } from 'vitest';
import manifest from './index.js';

describe('Điện Biên: manifest against its plan', () => {
  const m = parseManifest(manifest, 'dien-bien');

  it('is a valid manifest', () => {
    expect(m.slug).toBe('dien-bien');
  });

  // Add one test per fact of the plan: phases and their dates, quotas, criteria, deadlines, with the section.
});
