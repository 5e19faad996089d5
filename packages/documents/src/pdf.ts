import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { pageMeta } from './meta.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let browser: Promise<Browser> | undefined;
let context: Promise<BrowserContext> | undefined;
/** Pages kept open between documents: loading a new document into an open page costs half of opening one. */
const idle: Page[] = [];
const MAX_IDLE = 4;

/** One Chromium for the whole process, started on first use. */
function shared(): Promise<Browser> {
  browser ??= chromium
    .launch({
      executablePath: CHROMIUM,
      // The api owns signals (it drains, then closes the browser): Playwright's own handlers kept it alive.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--font-render-hinting=none',
      ],
    })
    .catch((e: unknown) => {
      browser = undefined;
      throw e;
    });
  return browser;
}

/** One context too: a page per document is enough isolation (no script, no network) and much cheaper. */
function sharedContext(): Promise<BrowserContext> {
  context ??= shared().then(async (b) => {
    const c = await b.newContext();
    // Nothing to fetch: fonts are inlined. Any request (a stray URL in user data) is refused.
    await c.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    return c;
  });
  return context;
}

/**
 * Prints a rendered page to PDF (page size and margins from its CSS). The PDF's creation and modification dates
 * are set to the document's own date, so the same data always gives the same bytes.
 */
export async function toPdf(html: string): Promise<Buffer> {
  const { date } = pageMeta(html);
  const page = idle.pop() ?? (await (await sharedContext()).newPage());
  let reusable = false;
  try {
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready.then(() => undefined)');
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    reusable = true;
    return fixPdfDates(pdf, date);
  } finally {
    if (reusable && idle.length < MAX_IDLE && context) idle.push(page);
    else await page.close().catch(() => undefined);
  }
}

/** Rewrites Chromium's timestamps (D:YYYYMMDDHHmmSS+hh'mm') in place, keeping every byte offset of the file. */
export function fixPdfDates(pdf: Buffer, isoDate: string): Buffer {
  const stamp = `${isoDate.replaceAll('-', '')}000000`;
  const text = pdf
    .toString('latin1')
    .replace(
      /\/(CreationDate|ModDate)( ?)\(D:\d{14}([^)]*)\)/g,
      (_, key: string, space: string, zone: string) =>
        `/${key}${space}(D:${stamp}${zone.replace(/\d/g, '0').replace('-', '+')})`,
    );
  return Buffer.from(text, 'latin1');
}

/** Closes the shared browser (at shutdown). */
export async function closeBrowser(): Promise<void> {
  const b = browser;
  browser = undefined;
  context = undefined;
  idle.length = 0;
  if (b) await (await b).close();
}
