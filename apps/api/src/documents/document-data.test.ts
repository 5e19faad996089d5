import { join } from 'node:path';
import { render } from '@thidua/documents';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../config.js';
import type { AwardDecision, Nomination, Unit } from '../database/entities/index.js';
import { discoverProvinces } from '../plugins/discover.js';
import { decisionDocument, officialName, quotaText, timeliness } from './document-data.js';

const unit = {
  id: 1,
  provinceSlug: 'x',
  parentId: null,
  name: 'Sở Thông tin và Truyền thông',
  tier: 'provincial-agency',
  staffCount: 40,
} as Unit;
const nomination = (id: number, recipient: 'collective' | 'individual', name: string) =>
  ({
    id,
    recipient,
    nomineeName: name,
    nominatingUnitId: 1,
    nomineeUnitId: recipient === 'collective' ? 1 : null,
    nomineePersonId: null,
  }) as Nomination;

describe('wording documents from stored data', () => {
  it('spells out abbreviations, words quotas and report timeliness', () => {
    expect(officialName('Bằng khen của Chủ tịch UBND tỉnh')).toBe('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
    expect(quotaText({ phaseId: 'a', awardFormId: 'b', maxCollectives: 8, maxIndividuals: 5, source: 'III' })).toBe(
      'Tối đa 08 tập thể, 05 cá nhân',
    );
    expect(quotaText({ phaseId: 'a', awardFormId: 'b', decidedByHead: true, source: 'III' })).toBe(
      'Do thủ trưởng cơ quan, đơn vị quyết định',
    );
    expect(timeliness('2024-12-20', '2024-12-20')).toBe('Hạn báo cáo: 20/12/2024; gửi ngày 20/12/2024 (đúng hạn).');
  });

  it("renders a decision for every province plugin in the repository, in that province's own words", async () => {
    const provinces = await discoverProvinces(join(REPO_ROOT, 'provinces'));
    expect(provinces.length).toBeGreaterThan(0);
    for (const { manifest: m } of provinces) {
      const phase = m.phases.find((p) => p.awardFormIds.length > 0)!;
      const d = {
        provinceSlug: m.slug,
        phaseId: phase.id,
        awardFormId: phase.awardFormIds[0]!,
        number: '12/QĐ-UBND',
        signedOn: phase.period.to,
        signerName: 'Nguyễn Văn A',
        signerTitle: 'KT. CHỦ TỊCH – PHÓ CHỦ TỊCH',
        status: 'issued',
      } as AwardDecision;
      const model = decisionDocument(
        m,
        d,
        [nomination(1, 'collective', 'Sở Thông tin và Truyền thông'), nomination(2, 'individual', 'Lê Thị Bích')],
        { units: new Map([[1, unit]]), people: new Map() },
      );
      const html = render('decision', model);
      expect(html, m.slug).toContain(m.authority.toLocaleUpperCase('vi'));
      expect(html, m.slug).toContain(`${m.name}, ngày`);
      expect(html, m.slug).toContain(
        m.movement.name.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;'),
      );
      // A decision cites the law in force and never comments on the plan's outdated citations (that is for reports).
      if (phase.period.to >= '2024-01-01') expect(html, m.slug).toContain('Nghị định số 98/2023/NĐ-CP');
      expect(html, m.slug).not.toContain('Lưu ý');
    }
  });
});
