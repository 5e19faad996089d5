import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { freeUnits, nominateThrough } from './arrange';
import { login, newPage, screenshot } from './browser';
import { startWorld } from './world';
import { sessions } from './sessions';

const world = startWorld();
let page: Page;

describe('the council on a phone', () => {
  it('a member votes from a 390 px screen, sees the live tally, then the locked result', async () => {
    const { admin, slug } = world.stage;
    const units = await freeUnits(world.stage, 2);
    for (const u of units) await nominateThrough(world.stage, u, 'appraised');
    const viewers = await admin.get<{ id: number; username: string }[]>('/users', {
      filter: { role: 'viewer' },
      range: [0, 99],
    });
    const viewer = viewers.find((u) => u.username === `${slug}.xem`);
    // The member on the phone is the council's secretary: they vote, and enter a paper ballot for another.
    const chair = await admin.call<{ id: number }>('POST', '/council/members', {
      fullName: 'Thư ký Kiểm Thử',
      role: 'secretary',
      userId: viewer!.id,
    });
    const others = [
      await admin.call<{ id: number }>('POST', '/council/members', { fullName: 'Ủy viên Một', role: 'member' }),
      await admin.call<{ id: number }>('POST', '/council/members', { fullName: 'Chủ tịch Hai', role: 'chairman' }),
    ];
    const meeting = await admin.call<{ id: number }>('POST', '/council/meetings', {
      phaseId: world.stage.phaseId,
      awardFormId: world.stage.awardFormId,
      startsAt: `${world.stage.today}T08:00`,
      place: 'Phòng họp trực tuyến',
    });
    for (const m of [chair, ...others])
      await admin.call('PUT', `/council/meetings/${meeting.id}/attendance`, { memberId: m.id, present: true });
    await admin.call('POST', `/council/meetings/${meeting.id}/call`);

    // Log in once (wide: the login form waits for the role label), then open the console as a fresh phone would.
    await login(await newPage(world.browser, world.api.url), `${slug}.xem`);
    const known = sessions.get(`${slug}.xem`)!;
    const phone = await world.browser.newContext({
      baseURL: world.api.url,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    await phone.addInitScript(
      (x) => {
        localStorage.setItem('thidua.token', x.token);
        localStorage.setItem('thidua.user', x.user);
      },
      { token: known.token, user: JSON.stringify(known.user) },
    );
    page = await phone.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`/#/council/meetings/${meeting.id}`);
    // The meeting call reached the member: the bell counts it.
    await expect.poll(() => page.getByTestId('unread-count').textContent()).toMatch(/[1-9]/);
    const details = await admin.get<{ agenda: { nominationId: number }[] }>(`/council/meetings/${meeting.id}`);
    const first = page.getByTestId(`agenda-${details.agenda[0]!.nominationId}`);
    await first.getByTestId('vote-agree').click();
    await expect.poll(() => first.getByTestId('tally').textContent()).toMatch(/^1 đồng ý/);
    // Nothing is wider than the phone: no sideways scrolling, and the buttons fit.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const box = await first.getByTestId('vote-disagree').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    expect(box!.height).toBeGreaterThanOrEqual(44);
    // The secretary enters "Ủy viên Một"'s paper ballot on the phone; it is recorded as entered by them.
    await page.getByRole('link', { name: 'Nhập phiếu giấy' }).click();
    await page.getByRole('combobox', { name: 'Thành viên' }).click();
    await page.getByRole('option', { name: /Ủy viên Một/ }).click();
    const paper = page.getByTestId(`paper-${details.agenda[0]!.nominationId}`);
    await paper.getByTestId('vote-agree').click();
    await expect.poll(() => paper.getByText(/^2 đồng ý/).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'council-paper-ballot-390');
    const entered = await admin.get<{
      agenda: { nominationId: number; votes: { memberId: number; recordedBy: number }[] }[];
    }>(`/council/meetings/${meeting.id}`);
    expect(
      entered.agenda
        .find((a) => a.nominationId === details.agenda[0]!.nominationId)!
        .votes.find((v) => v.memberId === others[0]!.id)!.recordedBy,
    ).toBe(viewer!.id);
    await page.getByRole('link', { name: 'Về cuộc họp' }).click();
    // The last member votes (a paper ballot by the administrator); the page shows it without reloading.
    await admin.call('POST', `/council/meetings/${meeting.id}/votes`, {
      nominationId: details.agenda[0]!.nominationId,
      choice: 'agree',
      memberId: others[1]!.id,
    });
    await expect.poll(() => first.getByTestId('tally').textContent(), { timeout: 15_000 }).toMatch(/^3 đồng ý/);
    await screenshot(page, 'council-vote-sheet-390');
    await admin.call('POST', `/council/meetings/${meeting.id}/close`);
    await page.reload();
    await first.getByText('Hạng 1').waitFor();
    await expect.poll(() => first.getByTestId('vote-agree').count()).toBe(0);
    await screenshot(page, 'council-result-390');
  });
});
