// End-to-end: the real server over a fresh SQLite library holding the seed
// article, driven in Debian's chromium through playwright-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { buildServer } from '../../src/server/app.js';
import { ensureWebBuilt, DEFAULT_WEB_ROOT } from '../../src/server/web-build.js';
import { openStore } from '../../src/store/open.js';
import { ingest } from '../../src/ingest/ingest.js';
import { readSources } from '../../src/ingest/sources.js';
import { createContext } from '../../src/analyze/context.js';
import type { Store } from '../../src/store/store.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
const SEED = fileURLToPath(new URL('../../examples/seed-000.txt', import.meta.url));
const skip = !existsSync(CHROMIUM) ? `no ${CHROMIUM} (apt-get install chromium)` : false;

let app: FastifyInstance;
let store: Store;
let browser: Browser;
let page: Page;
let base = '';

before(async () => {
  if (skip) return;
  await ensureWebBuilt();
  mkdirSync(ARTIFACTS, { recursive: true });
  store = await openStore({ db: ':memory:' });
  await ingest(store, readSources([SEED]), { ctx: createContext() });
  app = await buildServer({ store, webRoot: DEFAULT_WEB_ROOT, rateLimitPerMinute: 100_000 });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const addr = app.server.address() as { port: number };
  base = `http://127.0.0.1:${addr.port}`;
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

after(async () => {
  await browser?.close();
  await app?.close();
  await store?.close();
});

async function articleId(): Promise<number> {
  const r = await fetch(`${base}/api/articles`);
  return (await r.json()).items[0].id;
}

test('the seed article shows Lavrov with TASS as relay and Kim with KCNA as relay', { skip }, async () => {
  await page.goto(`${base}/#/article/${await articleId()}`);
  await page.getByTestId('article-text').waitFor();
  const rows = page.getByTestId('statement');
  await rows.first().waitFor();
  const texts = await rows.allInnerTexts();
  const lavrovTass = texts.filter((t) => t.includes('لافروف') && t.includes('تاس'));
  const kimKcna = texts.filter((t) => t.includes('كيم') && t.includes('وكالة الأنباء المركزية الكورية'));
  await page.screenshot({ path: ARTIFACTS + 'seed-article.png', fullPage: true });
  assert.ok(lavrovTass.length > 0, 'a statement of Lavrov relayed by TASS:\n' + texts.join('\n'));
  assert.ok(kimKcna.length > 0, 'a statement of Kim relayed by KCNA:\n' + texts.join('\n'));
  // clicking a highlighted name opens what Isnad knows about it
  await page.locator('.article-text .m').first().click();
  await page.getByTestId('detail-entity').waitFor();
  // …and leads to its page in the library
  const name = (await page.getByTestId('detail-entity').locator('h3').innerText()).split('\n')[0].trim();
  await page.getByTestId('entity-library-link').click();
  await page.waitForURL(/#\/entity\/\d+/);
  // the entity page's heading is the library name of the same entity
  await page.locator('main h2', { hasText: name.split(' ')[0] }).waitFor({ timeout: 10_000 });
});

test('article text is rendered as text, never as markup', { skip }, async () => {
  const r = await fetch(`${base}/api/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'قال المتحدث <img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script> إن الوضع مستقر', store: true }) });
  const { articleId: id } = await r.json();
  await page.goto(`${base}/#/article/${id}`);
  await page.getByTestId('article-text').waitFor();
  assert.match(await page.getByTestId('article-text').innerText(), /<script>/);
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
});

test("Kim Jong Un's entity page lists his statements", { skip }, async () => {
  const r = await fetch(`${base}/api/entities?q=${encodeURIComponent('كيم جونغ أون')}`);
  const items = (await r.json()).items as Array<{ id: number; name: string }>;
  assert.ok(items.length > 0, 'Kim is a stored entity');
  await page.goto(`${base}/#/entity/${items[0].id}`);
  await page.getByTestId('entity-page').waitFor();
  const h = await page.locator('.entity-page h2').innerText();
  await page.screenshot({ path: ARTIFACTS + 'entity-kim.png', fullPage: true });
  assert.match(h, /كيم/);
  assert.match(h, /Kim Jong/);
  assert.ok((await page.getByTestId('statement-row').count()) > 0, 'his statements are listed');
});

test('searching «لافروف» from the search box finds the article', { skip }, async () => {
  await page.goto(`${base}/#/`);
  await page.getByTestId('search-input').fill('لافروف');
  await page.getByTestId('search-input').press('Enter');
  await page.getByTestId('search-page').waitFor();
  await page.locator('[data-testid="search-hits"] li').first().waitFor();
  await page.screenshot({ path: ARTIFACTS + 'search.png', fullPage: true });
  assert.ok((await page.locator('[data-testid="search-hits"] li').count()) > 0);
});

test('the UI is usable on a phone-size screen', { skip }, async () => {
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
  try {
    await phone.goto(`${base}/#/article/${await articleId()}`);
    await phone.getByTestId('article-text').waitFor();
    await phone.screenshot({ path: ARTIFACTS + 'phone-article.png', fullPage: false });
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `no horizontal scrolling (overflow ${overflow}px)`);
    assert.equal(await phone.evaluate(() => document.documentElement.dir), 'rtl');
  } finally {
    await phone.close();
  }
});
