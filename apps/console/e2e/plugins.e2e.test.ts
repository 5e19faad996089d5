import type { ProvinceManifest as Manifest } from '@thidua/domain';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApi, startApi } from './api';
import { launch, pageAs, screenshot } from './browser';

/**
 * The plugin contract, in the browser: every province the api discovered (whichever plugins are in the tree, none
 * named here) gets its plan page rendered for its own administrator, on a desktop and on a phone, with its phases
 * and award forms, "chưa quy định" where the plan is silent, and no script error or sideways scroll.
 */

let api: RunningApi;
let browser: Browser;
let provinces: { slug: string; name: string; notStated: string[] }[];

beforeAll(async () => {
  api = await startApi();
  browser = await launch();
  provinces = (await (await fetch(`${api.url}/api/provinces`)).json()) as typeof provinces;
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

describe('every discovered plugin', () => {
  it('is served by the api (at least one)', () => {
    expect(provinces.length).toBeGreaterThan(0);
  });

  for (const width of [1440, 390])
    it(`has its plan page render for its administrator at ${width} px`, async () => {
      const problems: string[] = [];
      for (const p of provinces) {
        const manifest = (await (await fetch(`${api.url}/api/provinces/${p.slug}`)).json()) as Manifest;
        const page = await pageAs(browser, api.url, `${p.slug}.quantri`, { width, height: 900 });
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto('/#/');
        await page.getByTestId('plan-header').waitFor();
        const text = await page.getByTestId('province-page').innerText();
        const expected = [
          manifest.name,
          ...(p.notStated.includes('phases') ? [] : manifest.phases.map((x) => x.name)),
          ...(p.notStated.includes('awardForms') ? [] : manifest.awardForms.map((x) => x.name)),
        ];
        const flat = text.replace(/\s+/g, ' ');
        for (const e of expected)
          if (!flat.includes(e.replace(/\s+/g, ' '))) problems.push(`${p.slug}: "${e}" missing`);
        if (p.notStated.length && !/chưa quy định/i.test(flat))
          problems.push(`${p.slug}: silent fields ${p.notStated.join(', ')} not shown as "chưa quy định"`);
        for (const f of p.notStated.filter((x) => ['phases', 'awardForms', 'quotas', 'criteria'].includes(x)))
          if (!(await page.getByTestId(`not-stated-${f}`).isVisible()))
            problems.push(`${p.slug}: ${f} not marked silent`);
        const { scroll, inner } = await page.evaluate(() => ({
          scroll: document.scrollingElement!.scrollWidth,
          inner: window.innerWidth,
        }));
        if (scroll > inner) problems.push(`${p.slug}: ${scroll} px wide on a ${inner} px screen`);
        for (const e of errors) problems.push(`${p.slug}: page error ${e}`);
        await screenshot(page, `plugin-${p.slug}-${width}`);
        await page.context().close();
      }
      expect(problems).toEqual([]);
    }, 240_000);
});
