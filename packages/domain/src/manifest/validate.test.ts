import { describe, expect, it } from 'vitest';
import { ManifestError, parseManifest, validateManifest } from './validate.js';

const valid = () => ({
  slug: 'thu-nghiem',
  name: 'Thử Nghiệm',
  authority: 'Ủy ban nhân dân tỉnh Thử Nghiệm',
  plan: { number: null, date: null, issuer: 'UBND tỉnh', legalBases: [], source: 'đầu văn bản' },
  movement: { name: 'Chuyển đổi số', span: { from: '2023-01-01', to: '2025-12-31' }, stages: [], source: 'I' },
  tiers: [{ tier: 'district', text: 'UBND cấp huyện', source: 'II.2' }],
  phases: [
    {
      id: 'so-ket-2024',
      kind: 'interim-review',
      name: 'Sơ kết',
      period: { from: '2024-07-01', to: '2024-09-30' },
      awardFormIds: ['bang-khen-ubnd-tinh'],
      source: 'III.4',
    },
  ],
  criteria: [
    {
      id: 'dti',
      tier: 'district',
      kind: 'threshold',
      text: 'DTI trên 70%',
      indicator: 'dti-score',
      operator: '>',
      threshold: 70,
      source: 'III.1',
    },
  ],
  targets: [],
  awardForms: [
    {
      id: 'bang-khen-ubnd-tinh',
      name: 'Bằng khen',
      conferredBy: 'Chủ tịch UBND tỉnh',
      level: 'province',
      recipients: ['collective', 'individual'],
      source: 'III.3',
    },
  ],
  quotas: [
    {
      phaseId: 'so-ket-2024',
      awardFormId: 'bang-khen-ubnd-tinh',
      maxCollectives: 8,
      maxIndividuals: 8,
      source: 'III.4',
    },
  ],
  dossier: [],
  workflow: {
    steps: [{ role: 'nominating-unit', actor: 'Đơn vị', does: 'Đề nghị', source: 'V' }],
    reportDeadlines: [{ everyYear: '12-20', text: 'Báo cáo', source: 'VII' }],
    source: 'VII',
  },
  notes: [],
});

const problems = (input: unknown) => {
  const r = validateManifest(input, 'thu-nghiem');
  // The English half of each problem (the Vietnamese half comes first, before " / ").
  return r.ok ? [] : r.issues.map((i) => `${i.plugin}: ${i.path} ${i.problem.slice(i.problem.lastIndexOf(' / ') + 3)}`);
};

describe('manifest validation', () => {
  it('accepts a complete manifest', () => {
    expect(parseManifest(valid(), 'thu-nghiem').quotas[0]?.maxCollectives).toBe(8);
  });

  it('names plugin, field path and problem for a dangling reference', () => {
    const m = valid();
    m.quotas[0]!.phaseId = 'so-ket-2025';
    expect(problems(m)).toContain('thu-nghiem: quotas[0].phaseId "so-ket-2025" names no phase');
  });

  it('names the field of a shape error', () => {
    const m = valid() as Record<string, unknown>;
    (m.phases as { period: { from: string } }[])[0]!.period.from = '01/07/2024';
    expect(problems(m)).toContain(
      'thu-nghiem: phases[0].period.from must be a date written YYYY-MM-DD, e.g. 2025-07-01',
    );
  });

  it('requires a plan section on every fact', () => {
    const m = valid();
    m.awardForms[0]!.source = '';
    expect(problems(m)).toContain(
      'thu-nghiem: awardForms[0].source must name the plan section it comes from, e.g. "III.4"',
    );
  });

  it('requires numeric criteria to map to the national catalogue', () => {
    const m = valid();
    m.criteria[0]!.indicator = 'made-up';
    expect(problems(m)).toContain(
      'thu-nghiem: criteria[0].indicator "made-up" is not in the national indicator catalogue',
    );
  });

  it('refuses a quota without any limit, periods that end before they start, and a slug that differs from the plugin', () => {
    const m = valid();
    m.quotas[0] = { phaseId: 'so-ket-2024', awardFormId: 'bang-khen-ubnd-tinh', source: 'III.4' } as never;
    m.phases[0]!.period.to = '2024-01-01';
    m.slug = 'khac';
    const p = problems(m);
    expect(p).toContain('thu-nghiem: quotas[0] sets no limit');
    expect(p).toContain('thu-nghiem: phases[0].period ends (2024-01-01) before it starts (2024-07-01)');
    expect(p).toContain('thu-nghiem: slug "khac" differs from the plugin name "thu-nghiem"');
  });

  it('throws one error listing every problem', () => {
    const m = valid();
    m.quotas[0]!.awardFormId = 'x';
    expect(() => parseManifest(m, 'thu-nghiem')).toThrow(ManifestError);
    expect(() => parseManifest(m, 'thu-nghiem')).toThrow(/quotas\[0\]\.awardFormId "x" .* \/ "x" names no award form/);
  });
});

describe('silence in a manifest', () => {
  it('accepts a plan that states no tiers, phases, award forms, quotas, criteria or deadlines, when it says so', () => {
    const m = {
      ...valid(),
      tiers: [],
      phases: [],
      criteria: [],
      awardForms: [],
      quotas: [],
      workflow: { ...valid().workflow, reportDeadlines: [] },
      notStated: ['tiers', 'phases', 'criteria', 'awardForms', 'quotas', 'deadlines'].map((field) => ({
        field,
        source: 'toàn văn Kế hoạch',
      })),
    };
    expect(problems(m)).toEqual([]);
  });

  it('refuses an empty list the platform needs unless it is declared not stated', () => {
    expect(problems({ ...valid(), awardForms: [], quotas: [], phases: [] })).toEqual(
      expect.arrayContaining([
        expect.stringContaining('thu-nghiem: awardForms is empty'),
        expect.stringContaining('thu-nghiem: phases is empty'),
      ]),
    );
  });

  it('refuses a field declared not stated that still lists values, and deadlines given when none are stated', () => {
    const m = {
      ...valid(),
      notStated: [
        { field: 'quotas', source: 'IV' },
        { field: 'deadlines', source: 'VII' },
      ],
    };
    expect(problems(m)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('thu-nghiem: quotas is declared not stated (notStated) but lists 1'),
        expect.stringContaining('thu-nghiem: workflow.reportDeadlines lists deadlines although notStated'),
      ]),
    );
  });
});

describe('errors a plugin author can act on', () => {
  const issues = (input: unknown) => {
    const r = validateManifest(input, 'thu-nghiem');
    return r.ok ? [] : r.issues;
  };

  it('refuses unknown keys, at any depth, suggesting the nearest valid name', () => {
    const m = { ...valid(), awardForm: [] } as Record<string, unknown>;
    (m.quotas as Record<string, unknown>[])[0]!.maxShare = 0.1;
    (m.phases as Record<string, unknown>[])[0]!.awardFormId = ['x'];
    const found = issues(m);
    expect(found).toContainEqual(
      expect.objectContaining({ path: 'awardForm', fix: expect.stringContaining('did you mean "awardForms"?') }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ path: 'phases[0].awardFormId', fix: expect.stringContaining('"awardFormIds"') }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        path: 'quotas[0].maxShare',
        problem: expect.stringContaining('is not a manifest field'),
      }),
    );
  });

  it("says every problem in Vietnamese then English, with what to do, instead of zod's wording", () => {
    const m = valid() as Record<string, unknown>;
    (m.awardForms as { recipients: string[] }[])[0]!.recipients = [];
    (m.tiers as { tier: string }[])[0]!.tier = 'distrct';
    delete m.authority;
    const found = issues(m);
    expect(found.length).toBeGreaterThanOrEqual(3);
    for (const i of found) {
      expect(i.plugin).toBe('thu-nghiem');
      expect(i.path).not.toBe('');
      expect(i.problem).toMatch(/ \/ /);
      expect(i.fix).toMatch(/ \/ /);
      expect(i.problem).not.toMatch(/Too small|Invalid input|Invalid option/);
    }
    expect(found.find((i) => i.path === 'tiers[0].tier')?.fix).toContain('did you mean "district"?');
    expect(found.find((i) => i.path === 'authority')?.problem).toContain('thiếu');
    expect(() => parseManifest(m, 'thu-nghiem')).toThrow(/thu-nghiem: authority .* — /);
  });

  it('names the type found beside the type wanted, in both languages (an array or null is not "an object")', () => {
    const m = { ...valid(), phases: 'soon', plan: null, movement: [] } as Record<string, unknown>;
    const problem = (path: string) => issues(m).find((i) => i.path === path)?.problem;
    expect(problem('phases')).toBe('phải là danh sách [ … ], không phải chuỗi chữ / must be an array, not a string');
    expect(problem('plan')).toBe('phải là đối tượng { … }, không phải null / must be an object, not null');
    expect(problem('movement')).toBe(
      'phải là đối tượng { … }, không phải danh sách [ … ] / must be an object, not an array',
    );
  });
});

describe('2025-era plans', () => {
  const era = () => {
    const m = valid() as ReturnType<typeof valid> & Record<string, unknown>;
    m.implements = {
      movement: 'Cả nước thi đua đổi mới sáng tạo và chuyển đổi số',
      decision: 'Quyết định số 923/QĐ-TTg',
      date: '2025-05-14',
      source: 'căn cứ',
    };
    m.adHoc = { awardFormIds: ['bang-khen-ubnd-tinh'], text: 'Khen thưởng đột xuất', source: 'IV.2' };
    m.absorbed = [{ slug: 'tinh-cu', name: 'Tỉnh Cũ', date: '2025-07-01', source: 'NQ 202/2025/QH15' }];
    m.tiers.push({ tier: 'scientist', text: 'Nhà khoa học', source: 'II' });
    Object.assign(m.criteria[0]!, { points: 30, weight: 2 });
    Object.assign(m.phases[0]!, { nominationDaysAfterEnd: 15, scoring: { passMark: 50, rankTop: 10, source: 'III' } });
    m.quotas[0] = {
      phaseId: 'so-ket-2024',
      awardFormId: 'bang-khen-ubnd-tinh',
      share: { of: 'units', value: 0.2 },
      source: 'IV',
    } as never;
    return m;
  };

  it('accepts the national movement, points and a pass mark, share quotas, ad-hoc awards, relative deadlines, new tiers, absorbed provinces', () => {
    expect(problems(era())).toEqual([]);
  });

  it('refuses what cannot be read one way', () => {
    const m = era();
    (m.adHoc as { awardFormIds: string[] }).awardFormIds = ['khong-co'];
    Object.assign(m.phases[0]!, { nominationDeadline: '2024-10-15', scoring: { source: 'III' } });
    (m.absorbed as { slug: string }[])[0]!.slug = 'thu-nghiem';
    expect(problems(m)).toEqual(
      expect.arrayContaining([
        'thu-nghiem: adHoc.awardFormIds[0] "khong-co" names no award form',
        'thu-nghiem: phases[0].nominationDaysAfterEnd cannot be combined with nominationDeadline',
        'thu-nghiem: phases[0].scoring sets neither passMark nor rankTop',
        'thu-nghiem: absorbed[0].slug "thu-nghiem" cannot be this province or the one it merged into',
      ]),
    );
  });
});
