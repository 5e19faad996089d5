// The pinned provinces folder of the bench: the real plugins as they are when the data is generated (copied as
// data, so later edits to them do not change the bench) and generated plans, varied the way real plans vary,
// for the other provinces. Each is validated with the domain's parseManifest.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { domain, PROVINCES, PROVINCES_DIR, REPO } from './lib.mjs';

const MERGER = { date: '2025-07-01', source: 'Nghị quyết 202/2025/QH15' };
const BARS = [
  'work-dossiers-online.province',
  'work-dossiers-online.district',
  'work-dossiers-online.commune',
  'e-documents-signed',
  'online-services-full',
  'reports-on-system',
  'dti-score',
];

/** Deterministic choices per province. */
const pick = (i, k, n) => ((i + 1) * 7919 + k * 104729) % n;

function generatedPlan(p, i) {
  const from = 2021 + pick(i, 1, 3);
  const to = pick(i, 2, 2) ? 2030 : 2025;
  const annual = pick(i, 3, 2) === 0;
  const forms = [
    {
      id: 'bang-khen-ubnd-tinh',
      name: 'Bằng khen của Chủ tịch UBND tỉnh',
      conferredBy: 'Chủ tịch UBND tỉnh',
      level: 'province',
      recipients: ['collective', 'individual'],
      source: 'IV.1',
    },
    {
      id: 'giay-khen',
      name: 'Giấy khen',
      conferredBy: 'Thủ trưởng cơ quan, đơn vị',
      level: 'unit',
      recipients: ['collective', 'individual'],
      source: 'IV.1',
    },
    {
      id: 'co-thi-dua',
      name: 'Cờ thi đua của UBND tỉnh',
      conferredBy: 'Chủ tịch UBND tỉnh',
      level: 'province',
      recipients: ['collective'],
      source: 'IV.1',
    },
    {
      id: 'bang-khen-ttg',
      name: 'Bằng khen của Thủ tướng Chính phủ',
      conferredBy: 'Thủ tướng Chính phủ',
      level: 'government',
      recipients: ['collective', 'individual'],
      source: 'IV.1',
    },
  ];
  const phases = [];
  const quotas = [];
  const quota = (phaseId, awardFormId, k) => {
    const kind = pick(i, k, 4);
    if (awardFormId === 'giay-khen') quotas.push({ phaseId, awardFormId, decidedByHead: true, source: 'IV.2' });
    else if (awardFormId === 'co-thi-dua')
      quotas.push({ phaseId, awardFormId, maxCollectives: 1 + pick(i, k, 3), source: 'IV.2' });
    else if (kind === 0) quotas.push({ phaseId, awardFormId, maxCombined: 5 + pick(i, k + 1, 10), source: 'IV.2' });
    else if (kind === 1)
      quotas.push({ phaseId, awardFormId, perNominatingUnit: { collectives: 1, individuals: 1 }, source: 'IV.2' });
    else
      quotas.push({
        phaseId,
        awardFormId,
        maxCollectives: 5 + pick(i, k + 2, 12),
        maxIndividuals: 5 + pick(i, k + 3, 12),
        source: 'IV.2',
      });
  };
  for (let y = from; y <= Math.min(to, 2026); y++) {
    if (annual) {
      const id = `nam-${y}`;
      phases.push({
        id,
        kind: 'annual',
        name: `Khen thưởng năm ${y}`,
        period: { from: `${y}-01-01`, to: `${y}-12-31` },
        nominationDeadline: `${y}-11-30`,
        awardFormIds: ['bang-khen-ubnd-tinh', 'giay-khen'],
        source: 'V.1',
      });
      quota(id, 'bang-khen-ubnd-tinh', y);
      quota(id, 'giay-khen', y);
    } else if (y === 2023 || y === 2024) {
      const id = `so-ket-${y}`;
      phases.push({
        id,
        kind: 'interim-review',
        name: `Sơ kết năm ${y}`,
        period: { from: `${y}-07-01`, to: `${y}-09-30` },
        nominationDeadline: `${y}-08-31`,
        awardFormIds: ['bang-khen-ubnd-tinh', 'co-thi-dua'],
        source: 'V.2',
      });
      quota(id, 'bang-khen-ubnd-tinh', y);
      quota(id, 'co-thi-dua', y);
    }
  }
  phases.push({
    id: 'tong-ket-2025',
    kind: 'final-review',
    name: 'Tổng kết giai đoạn 2021 - 2025',
    period: { from: '2025-10-01', to: '2025-12-31' },
    awardFormIds: ['bang-khen-ttg', 'bang-khen-ubnd-tinh', 'giay-khen'],
    source: 'V.3',
  });
  for (const f of ['bang-khen-ttg', 'bang-khen-ubnd-tinh', 'giay-khen']) quota('tong-ket-2025', f, 2025 + f.length);
  const bars = BARS.filter((_, k) => pick(i, 10 + k, 3) !== 0);
  const tierOf = (id) =>
    id.endsWith('.district')
      ? 'district'
      : id.endsWith('.commune')
        ? 'commune'
        : id === 'dti-score'
          ? 'district'
          : 'provincial-agency';
  return {
    slug: p.slug,
    name: p.name,
    authority: `Ủy ban nhân dân tỉnh ${p.name}`,
    plan: {
      number: pick(i, 4, 5) ? `${100 + pick(i, 5, 3000)}/KH-UBND` : null,
      date: `${from - 1}-0${1 + pick(i, 6, 9)}-1${pick(i, 7, 9)}`,
      issuer: `Ủy ban nhân dân tỉnh ${p.name}`,
      legalBases: [],
      source: 'đầu văn bản',
    },
    movement: {
      name: `Chuyển đổi số giai đoạn ${from} - ${to}`,
      span: { from: `${from}-01-01`, to: `${to}-12-31` },
      source: 'I',
      stages:
        to === 2030
          ? [
              { id: 'giai-doan-1', name: 'Giai đoạn I', from: `${from}-01-01`, to: '2025-12-31', source: 'I' },
              { id: 'giai-doan-2', name: 'Giai đoạn II', from: '2026-01-01', to: '2030-12-31', source: 'I' },
            ]
          : [],
    },
    tiers: [
      'provincial-agency',
      'district',
      'commune',
      'enterprise',
      'official',
      ...(pick(i, 8, 2) ? ['citizen'] : []),
    ].map((tier) => ({ tier, text: tier, source: 'II.2' })),
    phases,
    criteria: [
      ...bars.map((indicator, k) => ({
        id: `chi-so-${k}`,
        tier: tierOf(indicator),
        kind: 'threshold',
        text: `Đạt ngưỡng ${indicator}`,
        indicator,
        operator: '>=',
        threshold: 60 + pick(i, 20 + k, 8) * 5,
        source: 'III.1',
      })),
      {
        id: 'mo-hinh',
        tier: 'district',
        kind: 'qualitative',
        text: 'Có mô hình chuyển đổi số điển hình',
        source: 'III.1',
      },
      {
        id: 'ca-nhan',
        tier: 'official',
        kind: 'qualitative',
        text: 'Hoàn thành xuất sắc nhiệm vụ',
        recipient: 'individual',
        source: 'III.2',
      },
    ],
    targets: bars.slice(0, 3).map((indicator, k) => ({
      indicator,
      year: 2025,
      operator: '>=',
      value: 70 + pick(i, 30 + k, 7) * 5,
      text: `Chỉ tiêu ${indicator} năm 2025`,
      source: 'I.2',
    })),
    awardForms: forms,
    quotas,
    dossier: [],
    workflow: {
      steps: [
        {
          role: 'nominating-unit',
          actor: 'Các cơ quan, đơn vị, địa phương',
          does: 'Bình xét, đề nghị khen thưởng',
          source: 'VI',
        },
      ],
      reportDeadlines: [
        { everyYear: ['11-15', '12-15', '12-20'][pick(i, 9, 3)], text: 'Báo cáo kết quả hằng năm', source: 'VI' },
      ],
      source: 'VI',
    },
    notes: [],
  };
}

/** The real plugin's manifest, when one exists for the slug (validated as the api would). */
async function realPlan(slug) {
  const pkg = join(REPO, 'provinces', slug, 'package.json');
  if (!existsSync(pkg)) return null;
  const main = join(REPO, 'provinces', slug, JSON.parse(readFileSync(pkg, 'utf8')).main ?? 'dist/index.js');
  if (!existsSync(main)) return null;
  return domain.parseManifest((await import(pathToFileURL(main).href)).default, slug);
}

/** Writes the pinned folder; returns the manifests (real ones flagged). */
export async function writeProvinces() {
  rmSync(PROVINCES_DIR, { recursive: true, force: true });
  const out = [];
  for (const [i, p] of PROVINCES.entries()) {
    const real = await realPlan(p.slug);
    const manifest = real ?? generatedPlan(p, i);
    // The 2025 merger is a fact about the province; a real plugin that does not declare it yet gets it here.
    if (p.into && !manifest.mergedInto)
      manifest.mergedInto = { slug: p.into, name: PROVINCES.find((x) => x.slug === p.into).name, ...MERGER };
    const parsed = domain.parseManifest(manifest, p.slug);
    const dir = join(PROVINCES_DIR, p.slug);
    mkdirSync(join(dir, 'dist'), { recursive: true });
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({
        name: `@bench/${p.slug}`,
        version: '0.0.0',
        type: 'module',
        main: './dist/index.js',
        thidua: { role: 'province-plugin', slug: p.slug },
      }),
    );
    writeFileSync(
      join(dir, 'dist/index.js'),
      `// ${real ? 'Pinned copy of the real plugin' : 'Generated bench plan'}.\nexport default ${JSON.stringify(manifest, null, 1)};\n`,
    );
    out.push({ ...parsed, real: !!real });
  }
  return out;
}
