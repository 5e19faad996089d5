import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { can, type Role, ROLE_LABELS, TIER_LABELS } from '@thidua/domain';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { dmy } from '../src/common/dates';
import { freeUnits, nominateThrough, PDF, placesLeft, satisfyCriteria } from './arrange';
import { login, logout, newPage, pageAs, screenshot } from './browser';
import { startWorld } from './world';

const world = startWorld();

const open: Page[] = [];

// A failed step leaves its pages open: keep what they showed.
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail')
    for (const [i, p] of open.entries())
      if (!p.isClosed())
        await screenshot(p, `failed-${task.name.slice(0, 30).replace(/\W+/g, '-')}-${i}`).catch(() => undefined);
  open.length = 0;
});

async function as(username: string): Promise<Page> {
  const page = await pageAs(world.browser, world.api.url, username);
  open.push(page);
  return page;
}

/** Picks an option of a MUI select or autocomplete by its label. */
async function choose(page: Page, label: string, option: string, typed?: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  if (typed !== undefined) await input.fill(typed);
  else await input.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Clicks a download button and returns the bytes the browser saved. */
async function downloaded(page: Page, button: Locator, timeout = 30_000): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout }), button.click({ timeout })]);
  return readFileSync((await file.path())!);
}

const ROLES: [string, Role][] = [
  ['quantri', 'province-admin'],
  ['stttt', 'information-department'],
  ['snv', 'home-affairs'],
  ['donvi', 'unit-clerk'],
  ['xem', 'viewer'],
];

describe('the console against the real api', () => {
  it('lets every role log in, with the menu and buttons its role allows', async () => {
    for (const [suffix, role] of [['quocgia', 'national-admin'] as [string, Role], ...ROLES]) {
      const page = await newPage(world.browser, world.api.url);
      open.push(page);
      await login(page, suffix === 'quocgia' ? 'quantri.quocgia' : `${world.stage.slug}.${suffix}`);
      await expect.poll(() => page.getByTestId('role-label').textContent()).toBe(ROLE_LABELS[role].vi);
      if (role === 'national-admin') await choose(page, 'Tỉnh', world.stage.manifest.name);
      await page.getByTestId('plan-timeline').waitFor();
      await page.getByTestId('timeline-today').waitFor();
      const menu = page.getByRole('menu');
      for (const [label, verb, resource] of [
        ['Nhật ký', 'read', 'audit'],
        ['Người dùng', 'read', 'users'],
        ['Nhập đơn vị từ tệp', 'create', 'units'],
        ['Quyết định khen thưởng', 'read', 'decisions'],
      ] as const) {
        expect(await menu.getByRole('menuitem', { name: label }).count(), `${role} ${label}`).toBe(
          can(role, verb, resource) ? 1 : 0,
        );
      }
      await screenshot(page, `province-${suffix}`);
      await page.goto('/#/nominations');
      await page.locator('tbody tr').first().waitFor();
      expect(await page.getByRole('link', { name: 'Tạo mới' }).count(), role).toBe(
        can(role, 'create', 'nominations') ? 1 : 0,
      );
      await logout(page);
      await page.context().close();
    }
  });

  it('edits a criterion, shows its history side by side, and reports a stale edit from a second session', async () => {
    const a = await as(`${world.stage.slug}.quantri`);
    const b = await as(`${world.stage.slug}.quantri`);
    for (const page of [a, b]) await page.goto('/#/criteria');
    const row = a.locator('[data-testid^="criterion-row-"]').first();
    const id = (await row.getAttribute('data-testid'))!.replace('criterion-row-', '');
    for (const page of [a, b]) await page.getByTestId(`edit-${id}`).click();

    const text = a.getByTestId('criterion-text');
    await text.fill(`${await text.inputValue()} (sửa đổi trong kiểm thử)`);
    await a.getByTestId('criterion-reason').fill('Điều chỉnh theo kết luận cuộc họp Hội đồng');
    await a.getByTestId('criterion-save').click();
    await a.getByText('Đã lưu phiên bản 2').waitFor();
    await a.getByTestId('version-2').click();
    const diff = a.getByTestId('criterion-diff');
    await expect.poll(() => diff.locator('tr[data-changed="true"]').count()).toBe(1);
    expect(await diff.textContent()).toContain('(sửa đổi trong kiểm thử)');
    expect(await a.getByTestId('version-2').textContent()).toContain('Quản trị tỉnh');
    await screenshot(a, 'criteria-history');

    const mine = 'Nội dung do phiên thứ hai nhập, không được mất';
    await b.getByTestId('criterion-text').fill(mine);
    await b.getByTestId('criterion-reason').fill('Phiên thứ hai sửa cùng lúc');
    await b.getByTestId('criterion-save').click();
    await b.getByTestId('criteria-conflict').waitFor();
    expect(await b.getByTestId('criterion-text').inputValue()).toBe(mine);
    expect(await b.getByTestId('criteria-conflict').textContent()).toContain('(sửa đổi trong kiểm thử)');
    await screenshot(b, 'criteria-conflict');
    await b.getByRole('button', { name: 'Lấy bản mới, giữ nội dung tôi đã nhập' }).click();
    await b.getByTestId('criterion-save').click();
    await b.getByText('Đã lưu phiên bản 3').waitFor();
    const current = await world.stage.admin.get<{ version: number; criteria: { id: string; text: string }[] }>(
      `/provinces/${world.stage.slug}/criteria`,
    );
    expect(current.version).toBe(3);
    expect(current.criteria.find((c) => c.id === id)?.text).toBe(mine);
    await a.context().close();
    await b.context().close();
  });

  it('imports units from a file: a bad row is reported and nothing is saved until the file is right', async () => {
    const tier = world.stage.manifest.tiers[0]!.tier;
    const units = await world.stage.admin.get<{ name: string }[]>('/units', { range: [0, 0] });
    const csv = (cells: string[]) => cells.map((c) => `"${c}"`).join(',');
    const rows = [
      csv(['Phòng Chuyển đổi số Kiểm thử', TIER_LABELS[tier].vi, '', 'KT-01']),
      csv(['Tổ công nghệ số Kiểm thử', TIER_LABELS[tier].vi, units[0]!.name, 'KT-02']),
    ];
    const bad = join(tmpdir(), 'don-vi-loi.csv');
    const good = join(tmpdir(), 'don-vi.csv');
    writeFileSync(
      bad,
      `\uFEFFTên đơn vị,Đối tượng,Đơn vị cấp trên,Mã\n${rows[0]}\n${rows[1]}\n${csv(['Đội phản ứng nhanh', TIER_LABELS[tier].vi, 'Đơn vị không hề có', 'KT-03'])}\n`,
    );
    writeFileSync(good, `\uFEFFTên đơn vị,Đối tượng,Đơn vị cấp trên,Mã\n${rows.join('\n')}\n`);

    const page = await as(`${world.stage.slug}.quantri`);
    await page.goto('/#/units/import');
    await page.getByTestId('import-file').setInputFiles(bad);
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-row-4').textContent()).toContain('Đơn vị không hề có');
    expect(await page.getByTestId('import-preview').textContent()).toContain('2 dòng hợp lệ, 1 dòng lỗi');
    expect(await page.getByTestId('import-save').count()).toBe(0);
    await screenshot(page, 'units-import-error');
    expect(await world.stage.admin.get<unknown[]>('/units', { filter: { q: 'Kiểm thử' } })).toHaveLength(0);

    await page.getByTestId('import-file').setInputFiles(good);
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-save').click();
    await page.getByText('Đã lưu 2 đơn vị').first().waitFor();
    expect(await world.stage.admin.get<unknown[]>('/units', { filter: { q: 'Kiểm thử' } })).toHaveLength(2);
    await page.context().close();
  });

  it('takes a nomination from a draft by the unit clerk to an issued award decision', async () => {
    const { slug, manifest, phaseId, awardFormId } = world.stage;
    const [clerk] = await world.stage.admin.get<{ unitId: number }[]>('/users', { filter: { role: 'unit-clerk' } });
    const unit = await world.stage.admin.get<{ id: number; name: string; tier: string }>(`/units/${clerk!.unitId}`);
    await satisfyCriteria(world.stage, unit);
    const phase = manifest.phases.find((p) => p.id === phaseId)!;
    const form = manifest.awardForms.find((f) => f.id === awardFormId)!;

    let page = await as(`${slug}.donvi`);
    await page.goto('/#/nominations/create');
    await choose(page, 'Đợt *', phase.name);
    await page.getByTestId('deadline-banner').waitFor();
    await choose(page, 'Hình thức khen thưởng *', form.name);
    await choose(page, 'Tập thể được đề nghị *', unit.name, unit.name.slice(0, 6));
    await page.getByLabel('Thành tích').fill('Dẫn đầu tỉnh về tỷ lệ hồ sơ công việc xử lý trên môi trường mạng.');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByTestId('dossier').waitFor();
    for (let missing = await page.locator('[data-provided="false"]').count(); missing > 0; missing--) {
      await page
        .getByTestId('document-file')
        .setInputFiles({ name: 'ho-so.pdf', mimeType: 'application/pdf', buffer: PDF });
      await page.getByTestId('upload-document').click();
      await expect.poll(() => page.locator('[data-provided="false"]').count()).toBe(missing - 1);
    }
    await screenshot(page, 'nomination-draft');
    await page.getByTestId('action-submit').click();
    await page.getByTestId('confirm-action').click();
    await page.locator('[data-status="submitted"]').waitFor();
    const url = page.url().replace(world.api.url, '');
    await page.context().close();

    page = await as(`${slug}.stttt`);
    await page.goto(url);
    await page.getByTestId('criteria-checks').waitFor();
    for (const pass of await page.locator('[data-testid^="pass-"]').all()) {
      await pass.click();
      await page.getByText('Đã ghi nhận đánh giá').first().waitFor();
    }
    await page.getByTestId('action-aggregate').click();
    await page.locator('[data-status="aggregated"]').waitFor();
    await page.context().close();

    page = await as(`${slug}.snv`);
    await page.goto(url);
    await page.getByTestId('action-appraise').click();
    await page.locator('[data-status="appraised"]').waitFor();
    await page.getByTestId('quota-meter').waitFor();
    await screenshot(page, 'nomination-approve-with-quota');
    await page.getByTestId('action-approve').click();
    await page.locator('[data-status="approved"]').waitFor();

    await page.goto('/#/decisions/create');
    await choose(page, 'Đợt *', phase.name);
    await choose(page, 'Hình thức khen thưởng *', form.name);
    await page.getByLabel(`${unit.name} (Tập thể)`).check();
    await page.getByLabel('Số quyết định *', { exact: true }).fill('901/QĐ-UBND');
    await page.getByLabel('Ngày ký *', { exact: true }).fill(dmy(world.stage.today));
    await page.getByLabel('Người ký *', { exact: true }).fill('Nguyễn Văn Minh');
    await page.getByRole('button', { name: 'Lưu' }).click();
    // The draft previews as it will print: "DỰ THẢO" across it, no number yet.
    await page.getByTestId('preview-decision').click();
    const preview = (await page.getByTestId('preview-frame').getAttribute('srcdoc')) ?? '';
    expect(preview).toContain('DỰ THẢO</span>');
    expect(preview).not.toContain('901/QĐ-UBND');
    await page.frameLocator('[data-testid="preview-frame"]').getByText('DỰ THẢO', { exact: true }).waitFor();
    await screenshot(page, 'decision-draft-preview');
    await page.getByRole('button', { name: 'Đóng' }).click();
    const draftPdf = await downloaded(page, page.getByTestId('preview-decision-pdf'));
    expect(draftPdf.subarray(0, 4).toString()).toBe('%PDF');
    // Edited before issue: the number changes.
    await page.getByTestId('edit-decision').click();
    await page.getByLabel('Số quyết định *', { exact: true }).fill('902/QĐ-UBND');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(/\/decisions\/\d+\/show$/);
    await page
      .getByText(/902\/QĐ-UBND/)
      .first()
      .waitFor();
    await page.getByTestId('issue-decision').click();
    const confirm = page.getByRole('dialog');
    await expect
      .poll(() => confirm.getByTestId('issue-confirm').textContent())
      .toContain('Khen thưởng 1 tập thể, cá nhân: 1 tập thể và 0 cá nhân.');
    await screenshot(page, 'decision-issue-confirm');
    await confirm.getByRole('button', { name: 'Ban hành' }).click();
    await expect.poll(() => page.getByTestId('decision-status').textContent()).toBe('Đã ban hành');
    const pdf = await downloaded(page, page.getByTestId('download-decision-pdf'));
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.getByTestId('certificates').getByRole('button', { name: 'PDF' }).click();
    const certificates = await downloaded(page, page.getByTestId('certificates-download'), 60_000);
    expect(certificates.subarray(0, 4).toString()).toBe('%PDF');
    await screenshot(page, 'decision-issued');
    await page.goto(url);
    await page.locator('[data-status="decided"]').waitFor();
    await page.context().close();
  });

  it('keeps approval disabled past the quota and says why', async () => {
    const left = await placesLeft(world.stage);
    expect(left, 'a capped quota').toBeLessThan(100);
    const units = await freeUnits(world.stage, left + 1);
    for (const unit of units.slice(0, left)) await nominateThrough(world.stage, unit, 'approved');
    const extra = await nominateThrough(world.stage, units[left]!, 'appraised');

    const page = await as(`${world.stage.slug}.snv`);
    await page.goto(`/#/nominations/${extra}/show`);
    await page.getByTestId('quota-meter').waitFor();
    await page.getByTestId('blocked-approve').getByText('Đã hết chỉ tiêu').waitFor();
    expect(await page.getByTestId('action-approve').isDisabled()).toBe(true);
    await screenshot(page, 'quota-refused');
    await page.reload();
    await page.locator('[data-status="appraised"]').waitFor();
    await page.context().close();
  });

  it('takes one step on several nominations from the list, and says which did not go through and why', async () => {
    const units = await freeUnits(world.stage, 2);
    const ids = [
      await nominateThrough(world.stage, units[0]!, 'appraised'),
      await nominateThrough(world.stage, units[1]!, 'appraised'),
    ];
    const page = await as(`${world.stage.slug}.snv`);
    await page.goto('/#/nominations');
    for (const id of ids)
      await page
        .locator('tr.RaDatagrid-row', { has: page.locator('td.column-id', { hasText: new RegExp(`^${id}$`) }) })
        .getByRole('checkbox', { name: 'Chọn dòng này' })
        .check();
    // A colleague rejects the second one while the list is open.
    await world.stage.admin.call('POST', `/nominations/${ids[1]}/actions/reject`, { reason: 'Đã xét ở cuộc họp khác' });
    await page.getByTestId('bulk-reject').click();
    await page.getByTestId('bulk-reason').fill('Chưa đủ thành tích nổi bật');
    await page.getByTestId('bulk-confirm').click();
    const dialog = page.getByRole('dialog', { name: 'Kết quả: Không duyệt' });
    await dialog.getByTestId('bulk-summary').getByText('Thành công: 1 · Không thực hiện được: 1').waitFor();
    expect(await dialog.getByTestId(`bulk-result-${ids[0]}`).getAttribute('data-ok')).toBe('true');
    const refused = dialog.getByTestId(`bulk-result-${ids[1]}`);
    expect(await refused.getAttribute('data-ok')).toBe('false');
    expect(await refused.textContent()).toMatch(/Không thể "Không duyệt": đề nghị đang ở trạng thái “Không duyệt”$/);
    await screenshot(page, 'bulk-results');
    await dialog.getByTestId('bulk-close').click();
    const first = await world.stage.admin.get<{ status: string; returnReason: string }>(`/nominations/${ids[0]}`);
    expect(first).toMatchObject({ status: 'rejected', returnReason: 'Chưa đủ thành tích nổi bật' });
    const second = await world.stage.admin.get<{ returnReason: string }>(`/nominations/${ids[1]}`);
    expect(second.returnReason).toBe('Đã xét ở cuộc họp khác');
    await page.context().close();
  });

  it('compares the provinces nationally, and shows a province user only their own row', async () => {
    const national = await as('quantri.quocgia');
    await national.goto('/#/national');
    const header = national.getByRole('table').first().locator('thead');
    for (const name of ['Bắc Kạn', 'Đắk Lắk', 'Điện Biên', 'Ninh Thuận', 'Tuyên Quang'])
      await header.getByText(name, { exact: true }).waitFor();
    await screenshot(national, 'national-plans');
    await national.getByRole('tab', { name: 'So sánh kết quả' }).click();
    for (const slug of ['bac-kan', 'dak-lak', 'dien-bien', 'ninh-thuan', 'tuyen-quang'])
      await national.getByTestId(`rank-${slug}`).waitFor();
    await national.waitForTimeout(2000); // let the charts finish drawing before the picture
    await screenshot(national, 'national-outcomes');
    await national.context().close();

    const own = await as(`${world.stage.slug}.quantri`);
    await own.goto('/#/national');
    await own.getByRole('tab', { name: 'So sánh kết quả' }).click();
    await own.getByTestId(`rank-${world.stage.slug}`).waitFor();
    expect(await own.locator('[data-testid^="rank-"]').count()).toBe(1);
    await own.context().close();
  });

  it("downloads the phase summary and the nominations list as the province's staff see them", async () => {
    const page = await as(`${world.stage.slug}.snv`);
    await page.getByTestId('phase-windows').waitFor();
    const summary = await downloaded(page, page.getByTestId(`download-tong-hop-${world.stage.phaseId}-pdf`));
    expect(summary.subarray(0, 4).toString()).toBe('%PDF');
    await page.goto('/#/nominations');
    await page.locator('tbody tr').first().waitFor();
    const list = await downloaded(page, page.getByTestId('download-nominations-xlsx'));
    expect(list.subarray(0, 2).toString()).toBe('PK'); // an XLSX is a zip
    await page.context().close();
  });
});
