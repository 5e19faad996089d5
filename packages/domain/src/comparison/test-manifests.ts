import { parseManifest } from '../manifest/validate.js';
import type { ProvinceManifest } from '../manifest/schema.js';
import type { ProvinceManifestInput } from '../manifest/define.js';

/**
 * Two small plans that differ the way real ones do (test data only, not exported from the package): "Tỉnh Mẫu A"
 * runs 2023–2030 in two stages with targets and thresholds; "Tỉnh Mẫu B" runs one year with an uncapped quota
 * and no numeric bars.
 */
export const PLAN_A: ProvinceManifestInput = {
  slug: 'mau-a',
  name: 'Tỉnh Mẫu A',
  authority: 'Ủy ban nhân dân Tỉnh Mẫu A',
  plan: { number: '10/KH-UBND', date: '2023-05-26', issuer: 'UBND Tỉnh Mẫu A', legalBases: [], source: 'đầu' },
  movement: {
    name: 'Chuyển đổi số giai đoạn 2023 - 2030',
    span: { from: '2023-01-01', to: '2030-12-31' },
    source: 'I',
    stages: [
      { id: 'gd1', name: 'Giai đoạn I', from: '2023-01-01', to: '2025-12-31', source: 'I' },
      { id: 'gd2', name: 'Giai đoạn II', from: '2026-01-01', to: '2030-12-31', source: 'I' },
    ],
  },
  tiers: [
    { tier: 'provincial-agency', text: 'Sở, ngành', source: 'II' },
    { tier: 'district', text: 'Cấp huyện', source: 'II' },
    { tier: 'commune', text: 'Cấp xã', source: 'II' },
  ],
  phases: [
    {
      id: 'so-ket-2025',
      kind: 'interim-review',
      name: 'Sơ kết giai đoạn I',
      stageId: 'gd1',
      period: { from: '2025-10-01', to: '2025-12-31' },
      nominationDeadline: '2025-11-15',
      awardFormIds: ['bang-khen', 'giay-khen'],
      source: 'IV.1',
    },
    {
      id: 'nam-2024',
      kind: 'annual',
      name: 'Khen thưởng năm 2024',
      period: { from: '2024-01-01', to: '2024-12-31' },
      awardFormIds: ['bang-khen', 'co'],
      source: 'IV.2',
    },
  ],
  criteria: [
    {
      id: 'hs-xa',
      tier: 'commune',
      kind: 'threshold',
      text: 'Trên 60% hồ sơ công việc cấp xã xử lý trên môi trường mạng',
      indicator: 'work-dossiers-online.commune',
      operator: '>',
      threshold: 60,
      source: 'III.1',
    },
    {
      id: 'hs-huyen',
      tier: 'district',
      kind: 'threshold',
      text: 'Từ 80% hồ sơ công việc cấp huyện',
      indicator: 'work-dossiers-online.district',
      operator: '>=',
      threshold: 80,
      source: 'III.1',
    },
    {
      id: 'top3',
      tier: 'district',
      kind: 'rank',
      text: 'Đứng trong 3 đơn vị dẫn đầu DTI',
      indicator: 'dti-rank',
      threshold: 3,
      source: 'III.1',
    },
    { id: 'mo-hinh', tier: 'district', kind: 'qualitative', text: 'Có mô hình điển hình', source: 'III.1' },
  ],
  targets: [
    {
      indicator: 'work-dossiers-online.province',
      level: 'province',
      year: 2025,
      operator: '>=',
      value: 90,
      text: '90% hồ sơ cấp tỉnh',
      source: 'I.2',
    },
    {
      indicator: 'work-dossiers-online.province',
      year: 2030,
      operator: '>=',
      value: 100,
      text: '100% hồ sơ cấp tỉnh',
      source: 'I.2',
    },
  ],
  awardForms: [
    {
      id: 'bang-khen',
      name: 'Bằng khen của Chủ tịch UBND tỉnh',
      conferredBy: 'Chủ tịch UBND tỉnh',
      level: 'province',
      recipients: ['collective', 'individual'],
      source: 'IV',
    },
    {
      id: 'giay-khen',
      name: 'Giấy khen',
      conferredBy: 'Thủ trưởng đơn vị',
      level: 'unit',
      recipients: ['collective', 'individual'],
      source: 'IV',
    },
    {
      id: 'co',
      name: 'Cờ thi đua',
      conferredBy: 'Chủ tịch UBND tỉnh',
      level: 'province',
      recipients: ['collective'],
      source: 'IV',
    },
  ],
  quotas: [
    { phaseId: 'so-ket-2025', awardFormId: 'bang-khen', maxCollectives: 8, maxIndividuals: 8, source: 'IV.3' },
    { phaseId: 'so-ket-2025', awardFormId: 'giay-khen', decidedByHead: true, source: 'IV.3' },
    { phaseId: 'nam-2024', awardFormId: 'bang-khen', maxCombined: 5, source: 'IV.3' },
    { phaseId: 'nam-2024', awardFormId: 'co', maxCombined: 2, source: 'IV.3' },
  ],
  dossier: [],
  workflow: {
    steps: [{ role: 'nominating-unit', actor: 'Các đơn vị', does: 'Đề nghị', source: 'V' }],
    reportDeadlines: [{ everyYear: '11-15', text: 'Báo cáo năm', source: 'V' }],
    source: 'V',
  },
  notes: [],
};

export const PLAN_B: ProvinceManifestInput = {
  slug: 'mau-b',
  name: 'Tỉnh Mẫu B',
  authority: 'Ủy ban nhân dân Tỉnh Mẫu B',
  plan: {
    number: null,
    date: null,
    dateText: 'tháng 8/2022',
    issuer: 'UBND Tỉnh Mẫu B',
    legalBases: [],
    source: 'đầu',
  },
  movement: { name: 'Chuyển đổi số năm 2023', span: { from: '2023-01-01', to: '2023-12-31' }, stages: [], source: 'I' },
  tiers: [
    { tier: 'provincial-agency', text: 'Sở, ngành', source: 'II' },
    { tier: 'official', text: 'CBCCVC', source: 'II' },
  ],
  phases: [
    {
      id: 'tong-ket-2023',
      kind: 'final-review',
      name: 'Tổng kết',
      period: { from: '2023-12-01', to: '2023-12-31' },
      awardFormIds: ['bang-khen', 'giay-khen'],
      source: 'IV',
    },
  ],
  criteria: [
    { id: 'ca-nhan', tier: 'official', kind: 'qualitative', text: 'Hoàn thành xuất sắc nhiệm vụ', source: 'III' },
  ],
  targets: [],
  awardForms: [
    {
      id: 'bang-khen',
      name: 'Bằng khen của Chủ tịch UBND tỉnh',
      conferredBy: 'Chủ tịch UBND tỉnh',
      level: 'province',
      recipients: ['collective', 'individual'],
      source: 'IV',
    },
    {
      id: 'giay-khen',
      name: 'Giấy khen',
      conferredBy: 'Giám đốc Sở',
      level: 'unit',
      recipients: ['individual'],
      source: 'IV',
    },
  ],
  quotas: [{ phaseId: 'tong-ket-2023', awardFormId: 'bang-khen', maxCollectives: 3, source: 'IV' }],
  dossier: [],
  workflow: {
    steps: [{ role: 'nominating-unit', actor: 'Các đơn vị', does: 'Đề nghị', source: 'V' }],
    reportDeadlines: [],
    source: 'V',
  },
  notes: [],
};

export const manifestOf = (
  input: ProvinceManifestInput,
  patch: Partial<ProvinceManifestInput> = {},
): ProvinceManifest => parseManifest({ ...input, ...patch }, patch.slug ?? input.slug);
