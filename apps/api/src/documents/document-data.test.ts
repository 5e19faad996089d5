import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { instrumentInForce, issuingProvince, type ProvinceManifest } from '@thidua/domain';
import { certificateFor, closeBrowser, keepPhrases, render, toPdf, vietnameseUpper } from '@thidua/documents';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../config.js';
import type { AwardDecision, Nomination, Unit } from '../database/entities/index.js';
import { discoverProvinces } from '../provinces/discover.js';
import {
  abbreviation,
  archiveLine,
  decisionDocument,
  officialName,
  placeOf,
  quotaText,
  submissionLetter,
  timeliness,
} from './document-data.js';

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

/**
 * The repository's plugins whose plan gives awards in a phase. A plan silent on awards (a new plugin from the
 * scaffold, not yet filled from its plan) has no decision to word; any other plugin is checked.
 */
async function awardingPlugins() {
  const all = (await discoverProvinces(join(REPO_ROOT, 'provinces')))
    .map((p) => p.manifest)
    .filter((m) => m.phases.some((p) => p.awardFormIds.length > 0));
  expect(all.length).toBeGreaterThan(0);
  return all;
}

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
    for (const m of await awardingPlugins()) {
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
      // No-break spaces keep the issuer's phrases together; a reader sees spaces.
      const html = render('decision', model).replace(/\u00a0/g, ' ');
      const issuer = issuingProvince(m, d.signedOn);
      expect(html, m.slug).toContain(issuer.authority.toLocaleUpperCase('vi'));
      expect(html, m.slug).toContain(`${issuer.name}, ngày`);
      expect(html, m.slug).toContain(
        m.movement.name.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;'),
      );
      // A decision cites the law in force and never comments on the plan's outdated citations (that is for reports).
      expect(html, m.slug).toContain(instrumentInForce('emulation-decree', d.signedOn)!.number!);
      expect(html, m.slug).not.toContain('Lưu ý');
    }
  });

  /** A decision of every plugin that gives awards, dated on a day; its text without tags. */
  async function decisions(signedOn: string) {
    return (await awardingPlugins()).map((m) => {
      const phase = m.phases.find((p) => p.awardFormIds.length > 0)!;
      const form = m.awardForms.find((f) => f.id === phase.awardFormIds[0])!;
      const d = {
        provinceSlug: m.slug,
        phaseId: phase.id,
        awardFormId: form.id,
        number: '12/QĐ-UBND',
        signedOn,
        signerName: 'Nguyễn Văn A',
        signerTitle: 'KT. CHỦ TỊCH – PHÓ CHỦ TỊCH',
        status: 'issued',
      } as AwardDecision;
      const model = decisionDocument(m, d, [nomination(2, 'individual', 'Lê Thị Bích')], {
        units: new Map([[1, unit]]),
        people: new Map(),
      });
      return {
        m,
        form,
        model,
        text: render('decision', model)
          .replace(/<[^>]+>/g, ' ')
          .replace(/\s+/g, ' '),
      };
    });
  }

  it('cites Nghị định 152/2025 and Luật 72/2025 in decisions from 01/7/2025, and neither before', async () => {
    for (const { m, form, text } of await decisions('2025-06-30')) {
      expect(text, m.slug).toContain('Nghị định số 98/2023/NĐ-CP');
      expect(text, m.slug).not.toMatch(/152\/2025|72\/2025/);
      if (form.level !== 'unit') expect(text, m.slug).toContain('Căn cứ Luật Tổ chức chính quyền địa phương');
    }
    for (const { m, form, text } of await decisions('2025-12-31')) {
      expect(text, m.slug).toContain('Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025');
      expect(text, m.slug).not.toMatch(/98\/2023|91\/2017/);
      if (form.level !== 'unit')
        expect(text, m.slug).toContain('Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15');
      // No instrument is cited twice in one "Căn cứ" line.
      for (const line of text.split(/Căn cứ /).slice(1)) {
        const numbers = line.split(';')[0]!.match(/\d+\/[\w-]*\/?[A-ZĐ-]+(?:-[A-ZĐ]+)?/g) ?? [];
        expect(new Set(numbers).size, `${m.slug}: ${line.slice(0, 120)}`).toBe(numbers.length);
      }
    }
  });

  it("issues a merged province's decision after the merger as its successor, and names the Sở KH&CN from 01/3/2025", async () => {
    const all = await decisions('2025-12-31');
    const merged = all.filter(({ m }) => m.mergedInto);
    expect(merged.length, 'a plugin in the repository declares mergedInto').toBeGreaterThan(0);
    for (const { m, model, text } of merged) {
      const successor = `ỦY BAN NHÂN DÂN TỈNH ${m.mergedInto!.name.toLocaleUpperCase('vi')}`;
      expect(text, m.slug).toContain(successor);
      expect(text, m.slug).not.toContain(m.authority.toLocaleUpperCase('vi'));
      expect(model.head.place, m.slug).toBe(m.mergedInto!.name);
    }
    // The day before the merger the province still issues in its own name.
    for (const { m, text } of await decisions('2025-06-30')) {
      expect(text, m.slug).toContain(m.authority.toLocaleUpperCase('vi'));
    }
    const m = merged[0]!.m;
    const withAggregator = {
      ...m,
      workflow: {
        ...m.workflow,
        steps: [{ role: 'home-affairs', actor: 'Sở Thông tin và Truyền thông', does: 'x', source: 'x' }],
      },
    } as ProvinceManifest;
    const phase = m.phases.find((p) => p.awardFormIds.length > 0)!;
    const decision = (signedOn: string) =>
      decisionDocument(
        withAggregator,
        {
          phaseId: phase.id,
          awardFormId: phase.awardFormIds[0]!,
          number: '1/QĐ-UBND',
          signedOn,
          signerTitle: 'CHỦ TỊCH',
          signerName: null,
        } as unknown as AwardDecision,
        [],
        { units: new Map(), people: new Map() },
      );
    expect(decision('2025-02-28').proposal).toBe('Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông');
    expect(decision('2025-03-01').proposal).toBe('Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ');
    expect(decision('2025-03-01').recipients.at(-1)).toBe('Lưu: VT, SKHCN (04b)');
  });

  it("carries a district or commune unit's own place, and the drafting unit in 'Lưu: VT'", async () => {
    const [m] = await awardingPlugins();
    expect(placeOf(m!, { name: 'UBND huyện Đắk Mil', tier: 'district' }, '2024-05-01')).toBe('Đắk Mil');
    expect(placeOf(m!, { name: 'Ủy ban nhân dân xã Ea Tu', tier: 'commune' }, '2024-05-01')).toBe('Ea Tu');
    expect(placeOf(m!, { name: 'Sở Nội vụ', tier: 'provincial-agency' }, '2024-05-01')).toBe(m!.name);
    expect(abbreviation('Sở Nội vụ')).toBe('SNV');
    expect(archiveLine('Sở Nội vụ', ['Như Điều 3'])).toEqual(['Như Điều 3', 'Lưu: VT, SNV (03b)']);
    const district = {
      id: 3,
      provinceSlug: m!.slug,
      parentId: null,
      name: 'UBND huyện Số Một',
      tier: 'district',
    } as Unit;
    const form = m!.awardForms[0]!;
    const n = {
      ...nomination(1, 'individual', 'Lê Thị Bích'),
      nominatingUnitId: 3,
      awardFormId: form.id,
      phaseId: m!.phases[0]!.id,
      createdAt: '2024-05-01T08:00:00Z',
      submittedAt: null,
    } as unknown as Nomination;
    const letter = submissionLetter(m!, n, [n], { units: new Map([[3, district]]), people: new Map() });
    expect(render('submission-letter', letter)).toContain('Số Một, ngày 01 tháng 5 năm 2024');
    expect(letter.recipients.at(-1)).toMatch(/^Lưu: VT, UBNDHSM \(\d\db\)$/);
  });

  it('prints the longest award names of every plugin on a certificate that breaks only between phrases', async () => {
    afterAll(() => closeBrowser());
    const dir = mkdtempSync(join(tmpdir(), 'cert-'));
    for (const { m, model } of await decisions('2024-06-30')) {
      const longest = [...m.awardForms].sort((a, b) => b.name.length - a.name.length).slice(0, 2);
      const certificates = longest.map((f) => {
        const d = { ...model, awardForm: officialName(f.name), authority: officialName(f.conferredBy) };
        return certificateFor(d, { recipient: 'individual', name: 'Lê Thị Bích', detail: null, nominatingUnit: '' });
      });
      const html = render('certificates', { title: 'x', date: model.head.date, certificates });
      const file = join(dir, `${m.slug}.pdf`);
      writeFileSync(file, await toPdf(html));
      const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f');
      certificates.forEach((c, i) => {
        const printed = pages[i]!.split('\n').map((l) => l.trim());
        for (const text of [c.title, c.conferrer]) {
          const phrases = keepPhrases(vietnameseUpper(text))
            .split(' ')
            .map((p) => p.replace(/\u00a0/g, ' '));
          // The lines that print this text, in order: each must end where a phrase ends.
          const start = printed.findIndex((l) => l.length > 0 && phrases.join(' ').startsWith(l));
          expect(start, `${m.slug}: "${text}" on page ${i + 1}:\n${printed.join('\n')}`).toBeGreaterThanOrEqual(0);
          let rest = phrases.join(' ');
          for (let k = start; rest; k++) {
            const line = printed[k]!;
            expect(rest.startsWith(line), `${m.slug}: "${line}" continues "${text}"`).toBe(true);
            rest = rest.slice(line.length).trimStart();
            const ends = phrases.reduce<number[]>((acc, p) => [...acc, (acc.at(-1) ?? -1) + 1 + p.length], []);
            expect(ends, `${m.slug}: "${line}" ends mid-phrase`).toContain(
              phrases.join(' ').length - rest.length - (rest ? 1 : 0),
            );
          }
        }
      });
    }
  }, 120_000);
});
