import { defineProvince } from '@thidua/domain';

// Fill every field from the plan; `source` is the plan section each fact comes from (e.g. "III.2.a").
export default defineProvince({
  slug: 'dien-bien',
  name: 'Điện Biên',
  authority: 'Ủy ban nhân dân tỉnh Điện Biên',
  plan: { number: null, date: null, issuer: 'Ủy ban nhân dân tỉnh Điện Biên', legalBases: [], source: 'đầu văn bản' },
  movement: { name: 'Chuyển đổi số', span: { from: '2026-01-01', to: '2026-12-31' }, stages: [], source: 'I' },
  tiers: [{ tier: 'provincial-agency', text: 'Các sở, ban, ngành', source: 'II.2' }],
  phases: [
    { id: 'tong-ket-2026', kind: 'final-review', name: 'Tổng kết phong trào', period: { from: '2026-12-01', to: '2026-12-31' }, awardFormIds: ['bang-khen-ubnd-tinh'], source: 'IV' },
  ],
  criteria: [],
  targets: [],
  awardForms: [
    { id: 'bang-khen-ubnd-tinh', name: 'Bằng khen của Chủ tịch UBND tỉnh', conferredBy: 'Chủ tịch UBND tỉnh', level: 'province', recipients: ['collective', 'individual'], source: 'IV' },
  ],
  quotas: [{ phaseId: 'tong-ket-2026', awardFormId: 'bang-khen-ubnd-tinh', decidedByHead: true, source: 'IV' }],
  dossier: [],
  workflow: {
    steps: [{ role: 'nominating-unit', actor: 'Các cơ quan, đơn vị, địa phương', does: 'Bình xét, đề nghị khen thưởng', source: 'V' }],
    reportDeadlines: [],
    source: 'V',
  },
  notes: [],
});
