import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { helpFor, manifestFields, manifestReference } from './reference.js';

describe('the manifest reference (MANIFEST.md)', () => {
  it('explains every field of the schema', () => {
    const missing = manifestFields()
      .filter((f) => !helpFor(f.path))
      .map((f) => f.path);
    expect(missing).toEqual([]);
  });

  it('is in step with the schema: regenerate with `pnpm --filter @thidua/domain manifest:doc`', () => {
    const file = readFileSync(new URL('../../MANIFEST.md', import.meta.url), 'utf8');
    expect(file).toBe(manifestReference());
  });

  it('lists allowed values and examples', () => {
    const doc = manifestReference();
    expect(doc).toContain('| `phases[].kind` | enum: `launch`, `annual`, `interim-review`, `final-review` | yes |');
    expect(doc).toContain('`notStated[].field`');
  });
});
