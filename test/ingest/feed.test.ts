// Feeds and URLs end to end over a local server: every feed item's page is
// fetched, extracted and stored; bad items and malformed feeds are reported.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseFeed, looksLikeFeed } from '../../src/ingest/feed.js';
import { readSources } from '../../src/ingest/sources.js';
import { ingest } from '../../src/ingest/ingest.js';
import { openStore } from '../../src/store/open.js';
import { createContext } from '../../src/analyze/context.js';
import { synthText } from './synth.js';

const page = (title: string, body: string) => `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:site_name" content="فرانس 24"><meta property="article:published_time" content="2018-05-03T08:00:00Z"></head>
<body><header>القائمة الرئيسية</header><article><h1>${title}</h1><p>${body}</p><p>${body.split(' ').reverse().join(' ')}</p></article><footer>حقوق</footer></body></html>`;

describe('feeds and URLs', () => {
  let server: http.Server;
  let base = '';
  before(async () => {
    server = http.createServer((req, res) => {
      const u = req.url ?? '/';
      if (u === '/rss') {
        res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
        return void res.end(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>أخبار</title>
          <item><title>الأول</title><link>${base}/a/1</link><pubDate>Thu, 03 May 2018 10:00:00 +0000</pubDate></item>
          <item><title>الثاني</title><link>${base}/a/2</link></item>
          <item><title>مفقود</title><link>${base}/a/404</link></item>
          <item><title>بلا رابط</title></item>
          <item><title>الأول مكرر</title><link>${base}/a/1</link></item>
        </channel></rss>`);
      }
      if (u === '/atom') {
        res.writeHead(200, { 'content-type': 'application/atom+xml' });
        return void res.end(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
          <entry><title>ذرة</title><link href="${base}/a/3"/><updated>2018-06-01T00:00:00Z</updated></entry></feed>`);
      }
      if (u === '/broken') {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        return void res.end('<rss><channel><item><title>x</title></item>');
      }
      const m = /^\/a\/(\d)$/.exec(u);
      if (m) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return void res.end(page(`خبر ${m[1]}`, synthText(Number(m[1]) * 17)));
      }
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('not found');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  it('parses RSS and recognises feeds', async () => {
    assert.equal(looksLikeFeed('<?xml version="1.0"?>\n<rss version="2.0">'), true);
    assert.equal(looksLikeFeed('<!doctype html><html>'), false);
    await assert.rejects(parseFeed('<html></html>'), /not an RSS or Atom feed/);
    await assert.rejects(parseFeed('<rss><channel><item>'), /malformed feed/);
  });

  it('ingests every item of a feed and a page URL; reports bad items; refuses private addresses by default', async () => {
    const store = await openStore({ db: ':memory:' });
    try {
      const ctx = createContext();
      const fetch = { allowPrivate: true };
      const s = await ingest(store, readSources([`${base}/rss`, `${base}/atom`, `${base}/broken`, `${base}/a/2`], { fetch }), { ctx });
      assert.equal(s.new, 3, JSON.stringify(s));
      assert.equal(s.duplicate, 2, JSON.stringify(s)); // the repeated item, and /a/2 given again as a URL
      assert.equal(s.failed, 3, JSON.stringify(s.failures));
      const reasons = Object.keys(s.failures).join(' | ');
      assert.match(reasons, /HTTP 404/);
      assert.match(reasons, /without an http\(s\) link/);
      assert.match(reasons, /malformed feed/);
      const list = (await store.listArticles({})).items;
      const first = list.find((a) => a.url === `${base}/a/1`);
      assert.equal(first?.title, 'خبر 1');
      assert.equal(first?.published, '2018-05-03');
      const art = await store.getArticle(first!.id);
      assert.ok(!art!.analysis.text.includes('القائمة الرئيسية'), 'page chrome is not article text');

      const refused = await ingest(store, readSources([`${base}/a/5`]), { ctx });
      assert.equal(refused.failed, 1);
      assert.match(Object.keys(refused.failures)[0], /loopback/);
    } finally {
      await store.close();
    }
  });
});
