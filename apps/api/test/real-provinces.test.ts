import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { startApi, type TestApi } from './harness.js';

/**
 * The plan comparison over the five real plugins, each figure read by hand from the plans (../shared/seeds):
 * the share of work dossiers processed online ("hồ sơ công việc … được xử lý trên môi trường mạng") is a bar in
 * Bắc Kạn (III.1: 100% tỉnh, huyện, 80% xã) and Tuyên Quang (II.2.1: 90% / 80% / 60% by 2025), a target in Điện Biên
 * (III.2.2: 90/80/60 by 2025, 100/90/70 by 2030); Ninh Thuận's bar (III) is on administrative-procedure dossiers
 * ("hồ sơ thủ tục hành chính … tiếp nhận, xử lý trực tuyến": 75% tỉnh, huyện, 50% xã), another indicator; Đắk Lắk
 * sets none.
 */
let api: TestApi;

beforeAll(async () => {
  api = await startApi({ provincesDir: loadConfig(process.env).provincesDir });
});
afterAll(() => api?.close());

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('comparing the five real plans', () => {
  it('lines up the bars and targets each plan sets, and says "không quy định" where it sets none', async () => {
    // Only the five: another plugin in the folder must not shift the columns.
    const res = await api.anon.get('/api/comparison/plans?provinces=bac-kan,dak-lak,dien-bien,ninh-thuan,tuyen-quang');
    expect(res.status).toBe(200);
    // Vietnamese order: B, Đ (Đắk before Điện), N, T.
    expect(res.body.provinces.map((p: Body) => p.slug)).toEqual([
      'bac-kan',
      'dak-lak',
      'dien-bien',
      'ninh-thuan',
      'tuyen-quang',
    ]);
    const row = (indicatorId: string, measure: string, year?: number) => {
      const found = res.body.measures.find(
        (m: Body) => m.indicatorId === indicatorId && m.measure === measure && (year === undefined || m.year === year),
      );
      return found.cells.map((c: Body) => c.value);
    };
    expect(row('work-dossiers-online.province', 'threshold')).toEqual([100, null, null, null, 90]);
    expect(row('work-dossiers-online.commune', 'threshold')).toEqual([80, null, null, null, 60]);
    expect(row('work-dossiers-online.district', 'target', 2025)).toEqual([null, null, 80, null, 80]);
    expect(row('work-dossiers-online.commune', 'target', 2030)).toEqual([null, null, 70, null, null]);
    expect(row('procedure-dossiers-online.commune', 'threshold')).toEqual([null, null, null, 50, null]);
    const cells = res.body.measures.find(
      (m: Body) => m.indicatorId === 'work-dossiers-online.commune' && m.measure === 'threshold',
    ).cells;
    expect(cells[1].text).toBe('không quy định');
  });

  it('totals the quotas each plan fixes, and marks those left to the head of unit', async () => {
    const res = await api.anon.get('/api/comparison/plans?provinces=ninh-thuan,dak-lak');
    const phase = (slug: string, id: string) =>
      res.body.provinces.find((p: Body) => p.slug === slug).phases.find((p: Body) => p.id === id).quota;
    // Ninh Thuận IV.3: "Không quá 05 tập thể, 07 cá nhân".
    expect(phase('ninh-thuan', 'tong-ket-2023').combined).toEqual({ value: 12, status: 'fixed' });
    // Đắk Lắk III.4: interim review 08 collectives + 08 individuals of Bằng khen; Giấy khen left to the head of unit.
    const soKet = phase('dak-lak', 'so-ket-2024');
    expect(soKet.forms.find((f: Body) => f.awardFormId === 'bang-khen-ubnd-tinh').combined).toEqual({
      value: 16,
      status: 'fixed',
    });
    expect(soKet.combined.status).toBe('uncapped');
  });
});
