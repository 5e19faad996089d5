import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../config.js';
import { discoverProvinces } from '../provinces/discover.js';
import { demoQuota } from './demo-data.js';

describe('the round the demo nominations fall in', async () => {
  const manifests = new Map(
    (await discoverProvinces(join(REPO_ROOT, 'provinces'))).map((p) => [p.manifest.slug, p.manifest]),
  );
  const phaseOn = (slug: string, today: string) => demoQuota(manifests.get(slug)!, today)?.phaseId;

  it('is the latest capped round that is over by today', () => {
    expect(phaseOn('dak-lak', '2026-11-25')).toBe('tong-ket-2025');
    expect(phaseOn('dak-lak', '2025-06-01')).toBe('so-ket-2024');
    // Điện Biên: the 2025 interim review and the 2025 annual round both end on 31/12/2025; the later start wins.
    expect(phaseOn('dien-bien', '2026-11-25')).toBe('so-ket-2025');
  });

  it('is the first capped round before any is over, and any round with a quota where none is capped', () => {
    expect(phaseOn('dak-lak', '2024-08-01')).toBe('so-ket-2024');
    expect(demoQuota(manifests.get('tuyen-quang')!, '2026-11-25')).toMatchObject({ decidedByHead: true });
  });
});
