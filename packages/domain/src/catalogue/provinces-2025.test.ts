import { describe, expect, it } from 'vitest';
import { province2025Of, PROVINCES_2025 } from './provinces-2025.js';

describe('the provinces from 01/7/2025 (Nghị quyết 202/2025/QH15)', () => {
  it('are 34, formed from the 63 former provinces, each former one in exactly one', () => {
    expect(PROVINCES_2025).toHaveLength(34);
    const former = PROVINCES_2025.flatMap((x) => x.formerly.map((f) => f.slug));
    expect(former).toHaveLength(63);
    expect(new Set(former).size).toBe(63);
    expect(PROVINCES_2025.filter((x) => x.formerly.length === 1)).toHaveLength(11);
  });

  it('say where the five plans’ provinces went', () => {
    expect(province2025Of('bac-kan')?.name).toBe('Thái Nguyên');
    expect(province2025Of('ninh-thuan')?.name).toBe('Khánh Hòa');
    expect(province2025Of('phu-yen')?.slug).toBe('dak-lak');
    expect(province2025Of('ha-giang')?.slug).toBe('tuyen-quang');
    expect(province2025Of('dien-bien')?.formerly).toEqual([{ slug: 'dien-bien', name: 'Điện Biên' }]);
  });
});
