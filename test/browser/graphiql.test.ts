import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, runBrowserSuites } from '../support/chromium.js';
import { startStack, type Stack } from '../support/stack.js';

/**
 * GraphiQL as a person meets it, in Debian's Chromium: it loads from this host alone, runs the
 * default query, documents the interface, and a reload costs next to nothing.
 */

const READY = '.graphiql-execute-button';
const SCREENSHOTS = process.env.SCREENSHOT_DIR;

interface Load {
  /** Bytes over the wire (headers included), as Chromium's network layer counts them. */
  transferred: number;
  /** Per URL: the status seen and whether the memory or disk cache answered. */
  responses: { url: string; status: number; fromCache: boolean; bytes: number }[];
}

/** Loads (or reloads) the page and adds up what Chromium fetched for it. */
async function measuredLoad(context: BrowserContext, page: Page, go: () => Promise<unknown>): Promise<Load> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const load: Load = { transferred: 0, responses: [] };
  const cached = new Set<string>();
  const responses = new Map<string, Load['responses'][number]>();
  const statuses = new Map<string, number>();
  cdp.on('Network.requestServedFromCache', ({ requestId }) => cached.add(requestId));
  // The status on the wire (a revalidated page's 304); responseReceived reports the cached 200.
  cdp.on('Network.responseReceivedExtraInfo', ({ requestId, statusCode }) => statuses.set(requestId, statusCode));
  cdp.on('Network.responseReceived', ({ requestId, response }) =>
    responses.set(requestId, {
      url: response.url,
      status: response.status,
      fromCache: !!response.fromDiskCache,
      bytes: 0,
    }),
  );
  const sizes = new Map<string, number>();
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    sizes.set(requestId, encodedDataLength);
    load.transferred += encodedDataLength;
  });
  await go();
  await page.waitForSelector(READY, { timeout: 30_000 });
  await cdp.detach();
  for (const [requestId, response] of responses) {
    const status = statuses.get(requestId) ?? response.status;
    load.responses.push({
      ...response,
      status,
      fromCache: response.fromCache || cached.has(requestId),
      bytes: sizes.get(requestId) ?? 0,
    });
  }
  return load;
}

// Generous: on a busy 2-core machine Chromium parses 5 MB of script before GraphiQL appears.
describe.skipIf(!runBrowserSuites)('GraphiQL in Chromium', { timeout: 60_000 }, () => {
  let stack: Stack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const requested: string[] = [];
  let firstLoad: Load;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launchChromium()]);
    context = await browser.newContext();
    // Every request of every page and worker of the context, whatever its scheme.
    context.on('request', (request) => requested.push(request.url()));
    page = await context.newPage();
    firstLoad = await measuredLoad(context, page, () => page.goto(stack.url));
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('loads from this host alone: no CDN, font or other request leaves it', () => {
    const host = new URL(stack.url).host;
    expect(requested.length).toBeGreaterThan(3);
    const elsewhere = requested.filter(
      (url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).host !== host,
    );
    expect(elsewhere).toEqual([]);
    expect(requested).toEqual(expect.arrayContaining([expect.stringMatching(/\/graphiql\/graphiql\.[\w-]+\.js$/)]));
  });

  it('runs the default query and shows its result', async () => {
    await page.click(READY);
    await page.waitForFunction(
      () =>
        /"civoDiskImages"[\s\S]*"provider":\s*"CIVO"/.test(
          document.querySelector('.graphiql-response')?.textContent ?? '',
        ),
      undefined,
      { timeout: 20_000 },
    );
    const shown = (await page.textContent('.graphiql-response')) ?? '';
    expect(shown).not.toContain('"errors"');
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/graphiql-result.png` });
  });

  it('documents DiskImage and its implementations in the docs explorer', async () => {
    await page.click('[aria-label="Show Documentation Explorer"]');
    await page
      .locator('a.graphiql-doc-explorer-type-name', { hasText: /^DiskImage$/ })
      .first()
      .click();
    const explorer = page.locator('.graphiql-doc-explorer');
    const title = explorer.locator('.graphiql-doc-explorer-section-title', { hasText: 'Implementations' });
    await title.waitFor();
    expect((await explorer.locator('.graphiql-doc-explorer-title').textContent())?.trim()).toBe('DiskImage');
    // The links under the section's title, as a reader sees them.
    const implementations = await title.locator('xpath=following-sibling::*[1]').locator('a').allTextContents();
    expect(implementations.sort()).toEqual(['CivoDiskImage', 'GcoreImage']);
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/graphiql-docs.png` });
  });

  it('reloads from the browser cache: every asset is kept, only the small page and the schema travel', async () => {
    const reload = await measuredLoad(context, page, () => page.reload());
    expect(firstLoad.transferred).toBeGreaterThan(1_000_000);
    const assets = reload.responses.filter((response) => response.url.includes('/graphiql/'));
    expect(assets.map((asset) => asset.url)).toEqual(
      expect.arrayContaining([expect.stringMatching(/graphiql\.[\w-]+\.js$/), expect.stringMatching(/\.css$/)]),
    );
    expect(assets.filter((asset) => !asset.fromCache)).toEqual([]);
    // GraphiQL POSTs to the page's own URL, which makes the browser drop the page (RFC 9111
    // §4.4): it comes again whole, but it is a few hundred bytes.
    const pageResponse = reload.responses.find((response) => response.url === stack.url);
    expect([200, 304]).toContain(pageResponse?.status);
    expect(pageResponse!.bytes).toBeLessThan(2_000);
    // The page and GraphiQL's introspection query: kilobytes, not megabytes.
    expect(reload.transferred).toBeLessThan(firstLoad.transferred / 20);
  });
});
