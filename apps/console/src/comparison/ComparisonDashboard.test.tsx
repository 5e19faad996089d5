import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import { AdminContext } from 'react-admin';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ComparisonDashboard, comparisonMessages } from './index';
import type { Outcomes, PlanComparison } from './types';

// recharts measures its container with ResizeObserver, which jsdom lacks: report a fixed size.
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      this.callback(
        [{ target, contentRect: { width: 800, height: 280 } } as unknown as ResizeObserverEntry],
        this as unknown as ResizeObserver,
      );
    }
    unobserve() {}
    disconnect() {}
  };
});

const none = { value: null, status: 'none' } as const;
const fixed = (value: number) => ({ value, status: 'fixed' }) as const;
const plans: PlanComparison = {
  provinces: [
    {
      slug: 'tinh-a',
      name: 'Tỉnh A',
      mergedInto: null,
      plan: { number: '10/KH-UBND', date: '2023-05-26', dateText: null },
      movement: 'Chuyển đổi số 2023 - 2030',
      span: { from: '2023-01-01', to: '2030-12-31', years: 8 },
      stages: [{ id: 'gd1', name: 'Giai đoạn I', from: '2023-01-01', to: '2025-12-31' }],
      phases: [
        {
          id: 'so-ket-2025',
          kind: 'interim-review',
          name: 'Sơ kết giai đoạn I',
          stageId: 'gd1',
          from: '2025-10-01',
          to: '2025-12-31',
          periodText: null,
          nominationDeadline: '2025-11-15',
          reportDeadline: null,
          awardFormIds: ['bang-khen'],
          source: 'IV.1',
          quota: {
            phaseId: 'so-ket-2025',
            collectives: fixed(8),
            individuals: fixed(8),
            combined: fixed(16),
            forms: [],
          },
        },
      ],
      awardForms: [
        {
          id: 'bang-khen',
          name: 'Bằng khen của Chủ tịch UBND tỉnh',
          conferredBy: 'Chủ tịch UBND tỉnh',
          level: 'province',
          recipients: ['collective', 'individual'],
          tiers: null,
        },
      ],
      awardFormsByLevel: { state: 0, government: 0, province: 1, unit: 0 },
      criteriaByTier: [
        { tier: 'commune', takesPart: true, count: 3, qualitative: 2, threshold: 1, rank: 0 },
        { tier: 'citizen', takesPart: false, count: null, qualitative: 0, threshold: 0, rank: 0 },
      ],
      reportDeadlines: [{ everyYear: '11-15', date: null, text: 'Báo cáo năm' }],
      notStated: [],
    },
    {
      slug: 'tinh-b',
      name: 'Tỉnh B',
      mergedInto: { slug: 'tinh-a', name: 'Tỉnh A', date: '2025-07-01' },
      plan: { number: null, date: null, dateText: 'tháng 8/2022' },
      movement: 'Chuyển đổi số 2023',
      span: { from: '2023-01-01', to: '2023-12-31', years: 1 },
      stages: [],
      phases: [
        {
          id: 'tong-ket',
          kind: 'final-review',
          name: 'Tổng kết',
          stageId: null,
          from: '2023-12-01',
          to: '2023-12-31',
          periodText: null,
          nominationDeadline: null,
          reportDeadline: null,
          awardFormIds: ['bang-khen'],
          source: 'IV',
          quota: { phaseId: 'tong-ket', collectives: fixed(3), individuals: none, combined: none, forms: [] },
        },
      ],
      awardForms: [],
      awardFormsByLevel: { state: 0, government: 0, province: 0, unit: 0 },
      criteriaByTier: [{ tier: 'commune', takesPart: false, count: null, qualitative: 0, threshold: 0, rank: 0 }],
      reportDeadlines: [],
      notStated: [],
    },
  ],
  measures: [
    {
      indicatorId: 'work-dossiers-online.commune',
      indicator: {
        name: 'Tỷ lệ hồ sơ công việc cấp xã xử lý trên môi trường mạng',
        nameEn: 'Commune work dossiers online',
        unit: 'percent',
        level: 'commune',
        higherIsBetter: true,
      },
      measure: 'threshold',
      year: null,
      cells: [
        {
          slug: 'tinh-a',
          value: 80,
          operator: '>=',
          text: 'Từ 80% hồ sơ',
          bars: [{ value: 80, operator: '>=', tier: 'commune', year: null, text: 'Từ 80% hồ sơ', source: 'III.1' }],
        },
        { slug: 'tinh-b', value: null, operator: null, text: 'không quy định', bars: [] },
      ],
    },
  ],
};

const figure = (value: number | null, rank: number | null) => ({ value, rank });
const counts = {
  units: 4,
  staff: 400,
  registered: 3,
  nominations: {
    draft: 0,
    submitted: 1,
    returned: 0,
    aggregated: 0,
    appraised: 0,
    approved: 1,
    rejected: 1,
    decided: 3,
  },
  approvals: 4,
  awards: 3,
  awardsCollective: 1,
  awardsIndividual: 2,
  awardsIndividualNonLeader: 1,
  reportsExpected: 4,
  reportsOnTime: 2,
  quotaPlaces: 18,
  quotaUsed: 3,
};
const zeroCounts = {
  ...counts,
  registered: 0,
  nominations: Object.fromEntries(Object.keys(counts.nominations).map((k) => [k, 0])) as typeof counts.nominations,
  approvals: 0,
  awards: 0,
  awardsCollective: 0,
  awardsIndividual: 0,
  awardsIndividualNonLeader: 0,
  reportsOnTime: 0,
  quotaUsed: 0,
};
const row = (slug: string, name: string, per100: number, rank: number, empty = false) => ({
  slug,
  name,
  members: [{ slug, name }],
  formerly: [{ slug, name }],
  hasPlan: true,
  counts: empty ? zeroCounts : counts,
  figures: {
    units: figure(4, null),
    registeredShare: figure(75, 2),
    nominations: figure(6, null),
    approvalShare: figure(80, 1),
    awards: figure(3, null),
    awardsPer100Units: figure(per100, rank),
    awardsPer1000Staff: figure(7.5, 1),
    quotaUse: figure(16.7, 1),
    nonLeaderShare: figure(50, 1),
    reportsOnTimeShare: figure(50, 1),
  },
  indicators: { 'dti-score': { value: 70, n: 3, rank: 1, target: null, meetsTarget: null } },
});
const FIGURE_LABELS: Record<string, string> = {
  units: 'Số đơn vị',
  registeredShare: 'Tỷ lệ đơn vị đăng ký thi đua',
  nominations: 'Số đề nghị',
  approvalShare: 'Tỷ lệ được duyệt',
  awards: 'Số khen thưởng',
  awardsPer100Units: 'Khen thưởng trên 100 đơn vị',
  awardsPer1000Staff: 'Khen thưởng trên 1.000 cán bộ',
  quotaUse: 'Tỷ lệ sử dụng chỉ tiêu khen thưởng',
  nonLeaderShare: 'Tỷ lệ khen cá nhân không giữ chức vụ lãnh đạo',
  reportsOnTimeShare: 'Tỷ lệ báo cáo đúng hạn',
};
const dist = { n: 3, q1: 62.5, median: 75, q3: 87.5 };
/** 2024 has data (Tỉnh D nothing recorded, yet ranked first at 0 by the api); 2025 has none at all yet. */
function outcomes(path: string, provinceUser: boolean): Outcomes {
  const params = new URLSearchParams(path.split('?')[1]);
  const empty = Number(params.get('year')) >= 2025;
  const today = params.get('boundaries') === 'today';
  // On today's map (the api's 34 provinces from 01/7/2025) a province no plan covers is listed, without figures.
  const noPlan = {
    ...row('tinh-e', 'Tỉnh E', 0, 1, true),
    members: [],
    formerly: [
      { slug: 'tinh-e', name: 'Tỉnh E' },
      { slug: 'tinh-g', name: 'Tỉnh G' },
    ],
    hasPlan: false,
  };
  const rows = [
    ...(today && !provinceUser ? [noPlan] : []),
    row('tinh-a', 'Tỉnh A', 75, 2, empty),
    row('tinh-b', 'Tỉnh B', 100, 1, empty),
    row('tinh-c', 'Tỉnh C', 50, 3, empty),
    ...(provinceUser ? [] : [row('tinh-d', 'Tỉnh D', 0, 1, true)]),
  ];
  const province = params.get('province');
  return {
    scope: {
      year: 2024,
      phaseId: null,
      phaseKind: null,
      tier: null,
      boundaries: 'then',
      today: '2025-08-01',
      provinces: 3,
      country: today ? 34 : 63,
    },
    figures: Object.entries(FIGURE_LABELS).map(([id, vi]) => ({
      id: id as never,
      label: { vi, en: id },
      unit: 'percent',
      order: ['units', 'nominations', 'awards'].includes(id) ? null : 'desc',
      method: { vi: `Cách tính ${vi}: số khen thưởng ÷ số đơn vị × 100`, en: 'method' },
    })),
    indicators: [
      {
        id: 'dti-score',
        name: 'Điểm DTI',
        nameEn: 'DTI score',
        unit: 'score',
        higherIsBetter: true,
        method: { vi: 'Trung bình cộng', en: 'Mean' },
      },
    ],
    distribution: Object.fromEntries(Object.keys(FIGURE_LABELS).map((id) => [id, dist])) as Outcomes['distribution'],
    indicatorDistribution: { 'dti-score': dist },
    rows: provinceUser ? [rows[0]!] : rows,
    drillDown: province
      ? {
          province: { slug: province, name: 'Tỉnh B', members: [province] },
          byTier: [{ tier: 'district', counts, figures: rows[1]!.figures, indicators: {} }],
          unitsTotal: 2,
          units: [
            {
              id: 1,
              name: 'UBND huyện Bốn',
              tier: 'district',
              validTo: '2025-07-01',
              staffCount: 100,
              registered: true,
              nominations: 2,
              approvals: 1,
              awards: 1,
              reports: 1,
              reportsOnTime: 1,
            },
          ],
        }
      : null,
  };
}

function renderDashboard(provinceUser = false) {
  const fetchJson = vi.fn(async (path: string) =>
    path.startsWith('/comparison/plans') ? plans : outcomes(path, provinceUser),
  );
  const i18nProvider = polyglotI18nProvider(
    (locale) => ({ ...englishMessages, ...(locale === 'en' ? comparisonMessages.en : comparisonMessages.vi) }),
    'vi',
  );
  render(
    <AdminContext i18nProvider={i18nProvider}>
      <ComparisonDashboard fetchJson={fetchJson} defaultYear={2024} />
    </AdminContext>,
  );
  return fetchJson;
}

describe('ComparisonDashboard', () => {
  it('compares plans side by side and shows "không quy định" where a plan sets nothing', async () => {
    const fetchJson = renderDashboard();
    const table = await screen.findByRole('table', { name: 'Bảng so sánh kế hoạch' });
    expect(fetchJson).toHaveBeenCalledWith('/comparison/plans');
    expect(within(table).getByRole('columnheader', { name: 'Tỉnh A' })).toBeInTheDocument();
    const line = (label: string) => within(table).getByRole('rowheader', { name: label }).closest('tr')!;
    expect(line('Thời gian thực hiện').textContent).toContain('01/01/2023 – 31/12/2030 (8 năm)');
    expect(line('Chỉ tiêu khen thưởng theo đợt (tập thể / cá nhân / tổng)').textContent).toContain(
      'Sơ kết giai đoạn I: 8 / 8 / 16',
    );
    expect(line('Chỉ tiêu khen thưởng theo đợt (tập thể / cá nhân / tổng)').textContent).toContain(
      'Tổng kết: 3 / không quy định / không quy định',
    );
    expect(line('Hợp nhất vào (từ ngày)').textContent).toContain('Tỉnh A (01/07/2025)');
    const bar = line('Tỷ lệ hồ sơ công việc cấp xã xử lý trên môi trường mạng – tiêu chí (ngưỡng)');
    expect([...bar.querySelectorAll('td')].map((c) => c.textContent)).toEqual(['≥ 80', 'không quy định']);
    const communes = line('Số tiêu chí – Cấp xã');
    expect([...communes.querySelectorAll('td')].map((c) => c.textContent)).toEqual(['3', 'không quy định']);

    fireEvent.click(screen.getByRole('button', { name: 'Tỉnh B' }));
    expect(within(table).queryByRole('columnheader', { name: 'Tỉnh B' })).toBeNull();
  });

  // Slow: the charts, five years of trend and the drill-down all render.
  it(
    'ranks provinces on a figure, says how it is computed, and drills down into one',
    { timeout: 60_000 },
    async () => {
      const fetchJson = renderDashboard();
      fireEvent.click(await screen.findByRole('tab', { name: 'So sánh kết quả' }));
      const ranking = await screen.findByRole('table', { name: 'Bảng xếp hạng các tỉnh' }, { timeout: 8000 });
      // It looked at 2025 first, found nothing recorded, and opened on 2024.
      expect(fetchJson).toHaveBeenCalledWith('/comparison/outcomes?year=2025');
      expect(fetchJson).toHaveBeenCalledWith('/comparison/outcomes?year=2024&boundaries=then');
      expect(fetchJson).not.toHaveBeenCalledWith('/comparison/outcomes?year=2025&boundaries=then');
      const names = within(ranking)
        .getAllByRole('row')
        .slice(1, 4)
        .map((r) => r.querySelectorAll('td')[1]!.textContent);
      expect(names).toEqual(['Tỉnh B', 'Tỉnh A', 'Tỉnh C']); // awards per 100 units: 100, 75, 50
      expect(within(ranking).getByTestId('rank-tinh-a').textContent).toContain('2 / 3');
      // Nothing recorded: unranked and last, not "1 / 3".
      expect(within(ranking).getByTestId('rank-tinh-d').textContent).toContain('Chưa có số liệu');
      expect(
        within(ranking)
          .getAllByTestId(/^rank-/)
          .at(-1),
      ).toBe(within(ranking).getByTestId('rank-tinh-d'));
      expect(within(ranking).getByText(/Trung vị 75/)).toBeInTheDocument();
      expect(screen.getByText(/Cách tính Khen thưởng trên 100 đơn vị/)).toBeInTheDocument();
      // Charts: one quota-use bar per province (Tỉnh D's at 0 too), one indicator bar per province (no own target here).
      await waitFor(() =>
        expect(
          screen
            .getByLabelText('Tỷ lệ sử dụng chỉ tiêu khen thưởng', { selector: 'div' })
            .querySelectorAll('.recharts-bar-rectangle'),
        ).toHaveLength(4),
      );
      expect(screen.getByLabelText('Chỉ số theo tỉnh', { selector: 'div' }).textContent).toContain('Tỉnh C');
      // The trend asks for the four years before.
      await waitFor(() => expect(fetchJson).toHaveBeenCalledWith('/comparison/outcomes?year=2020&boundaries=then'));

      fireEvent.click(within(ranking).getByTestId('rank-tinh-b'));
      await waitFor(() =>
        expect(fetchJson).toHaveBeenCalledWith('/comparison/outcomes?year=2024&boundaries=then&province=tinh-b'),
      );
      const units = await screen.findByRole('table', { name: 'Danh sách đơn vị' });
      expect(within(units).getByText('UBND huyện Bốn')).toBeInTheDocument();
      expect(within(units).getByText('đến 01/07/2025')).toBeInTheDocument();

      fireEvent.click(screen.getByRole('button', { name: 'Theo địa giới hiện nay' }));
      await waitFor(() => expect(fetchJson).toHaveBeenCalledWith('/comparison/outcomes?year=2024&boundaries=today'));
      // A province without plan: listed last, "chưa có kế hoạch", its former provinces named, not clickable.
      await waitFor(() => expect(screen.getByTestId('rank-tinh-e').textContent).toContain('Chưa có kế hoạch'));
      const today = screen.getByRole('table', { name: 'Bảng xếp hạng các tỉnh' });
      expect(
        within(today)
          .getAllByTestId(/^rank-/)
          .at(-1),
      ).toBe(within(today).getByTestId('rank-tinh-e'));
      expect(within(today).getByText('Hợp nhất từ: Tỉnh E, Tỉnh G')).toBeInTheDocument();
      expect(screen.getByTestId('country-count').textContent).toBe('34 tỉnh, thành phố; 3 có kế hoạch trên hệ thống');
      const calls = fetchJson.mock.calls.length;
      fireEvent.click(within(today).getByTestId('rank-tinh-e'));
      expect(fetchJson.mock.calls.slice(calls).some(([p]) => String(p).includes('province=tinh-e'))).toBe(false);
    },
  );

  it("shows a province user their own province's rank among all", async () => {
    renderDashboard(true);
    fireEvent.click(await screen.findByRole('tab', { name: 'So sánh kết quả' }));
    const ranking = await screen.findByRole('table', { name: 'Bảng xếp hạng các tỉnh' }, { timeout: 8000 });
    expect(
      within(ranking)
        .getAllByTestId(/^rank-/)
        .map((r) => r.textContent),
    ).toEqual([expect.stringContaining('2 / 3')]);
    expect(within(ranking).queryByText('Tỉnh B')).toBeNull();
  });
});
