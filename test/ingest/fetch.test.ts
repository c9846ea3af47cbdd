// Fetching over a local HTTP server on 127.0.0.1 only: redirects, limits,
// content types, charsets, and the refusal of private addresses.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { fetchUrl, USER_AGENT } from '../../src/ingest/fetch.js';
import { blockedReason } from '../../src/ingest/address-policy.js';
import { detectCharset } from '../../src/ingest/charset.js';

// «قال» in windows-1256
const QAL_1256 = Buffer.from([0xde, 0xc7, 0xe1]);

describe('fetchUrl', () => {
  let server: http.Server;
  let base = '';
  const hits: string[] = [];
  before(async () => {
    server = http.createServer((req, res) => {
      hits.push(req.url ?? '');
      const u = req.url ?? '/';
      if (u === '/ua') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        return void res.end(String(req.headers['user-agent']));
      }
      if (u.startsWith('/hop/')) {
        const n = Number(u.slice(5));
        res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/page' });
        return void res.end();
      }
      if (u === '/page') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return void res.end('<html><body><p>خبر</p></body></html>');
      }
      if (u === '/cp1256-header') {
        res.writeHead(200, { 'content-type': 'text/html; charset=windows-1256' });
        return void res.end(Buffer.concat([Buffer.from('<p>'), QAL_1256, Buffer.from('</p>')]));
      }
      if (u === '/cp1256-meta') {
        res.writeHead(200, { 'content-type': 'text/html' });
        return void res.end(Buffer.concat([Buffer.from('<html><head><meta charset="windows-1256"></head><body>'), QAL_1256, Buffer.from('</body></html>')]));
      }
      if (u === '/gzip') {
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-encoding': 'gzip' });
        return void res.end(gzipSync(Buffer.from('نص مضغوط')));
      }
      if (u === '/bomb') {
        res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
        return void res.end(gzipSync(Buffer.alloc(5_000_000, 0x61)));
      }
      if (u === '/big') {
        res.writeHead(200, { 'content-type': 'text/html' }); // no content-length: streamed
        res.write(Buffer.alloc(60_000, 0x61));
        return void res.end(Buffer.alloc(60_000, 0x61));
      }
      if (u === '/declared-big') {
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': '999999999' });
        return void res.end('x');
      }
      if (u === '/image') {
        res.writeHead(200, { 'content-type': 'image/png' });
        return void res.end('png');
      }
      if (u === '/slow') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<p>');
        return; // never ends
      }
      if (u === '/missing') {
        res.writeHead(404, { 'content-type': 'text/html' });
        return void res.end('no');
      }
      if (u === '/to-file') {
        res.writeHead(301, { location: 'file:///etc/passwd' });
        return void res.end();
      }
      res.writeHead(500);
      res.end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });
  const ok = { allowPrivate: true };

  it('fetches a page with a descriptive User-Agent', async () => {
    const p = await fetchUrl(`${base}/page`, ok);
    assert.equal(p.status, 200);
    assert.match(p.text, /خبر/);
    assert.equal((await fetchUrl(`${base}/ua`, ok)).text, USER_AGENT);
    assert.match(USER_AGENT, /^isnad\/\S+ \(/);
  });

  it('follows up to 5 redirects and no more', async () => {
    const p = await fetchUrl(`${base}/hop/4`, ok); // 5 redirects
    assert.equal(p.url, `${base}/page`);
    await assert.rejects(fetchUrl(`${base}/hop/5`, ok), /too many redirects/);
    await assert.rejects(fetchUrl(`${base}/to-file`, ok), /unsupported scheme file:/);
  });

  it('decodes windows-1256 from the header or a meta tag, and gzip', async () => {
    assert.equal((await fetchUrl(`${base}/cp1256-header`, ok)).text, '<p>قال</p>');
    assert.match((await fetchUrl(`${base}/cp1256-meta`, ok)).text, /قال/);
    assert.equal((await fetchUrl(`${base}/gzip`, ok)).text, 'نص مضغوط');
    assert.equal(detectCharset(Buffer.from([0xef, 0xbb, 0xbf, 0x41]), 'text/html; charset=windows-1256'), 'utf-8');
  });

  it('enforces size limits (declared, streamed, decompressed), types, status and time', async () => {
    await assert.rejects(fetchUrl(`${base}/big`, { ...ok, maxBytes: 100_000 }), /too large/);
    await assert.rejects(fetchUrl(`${base}/declared-big`, ok), /too large/);
    await assert.rejects(fetchUrl(`${base}/bomb`, { ...ok, maxBytes: 1_000_000 }), /too large/);
    await assert.rejects(fetchUrl(`${base}/image`, ok), /unsupported content type "image\/png"/);
    await assert.rejects(fetchUrl(`${base}/missing`, ok), /HTTP 404/);
    await assert.rejects(fetchUrl(`${base}/slow`, { ...ok, timeoutMs: 300 }), /timed out/);
    await assert.rejects(fetchUrl('not a url', ok), /not a valid URL/);
  });

  it('refuses loopback and private addresses unless allowed, before connecting', async () => {
    const before = hits.length;
    await assert.rejects(fetchUrl(`${base}/page`), /refused: 127\.0\.0\.1 resolves to 127\.0\.0\.1, a loopback address/);
    // a name resolving to a mix of public and private addresses is refused too (rebinding)
    await assert.rejects(fetchUrl('http://news.example/', { resolve: async () => ['93.184.216.34', '10.0.0.7'] }), /10\.0\.0\.7, a private address/);
    await assert.rejects(fetchUrl('http://[::ffff:127.0.0.1]:1/'), /loopback/);
    await assert.rejects(fetchUrl('http://[::1]:1/'), /loopback/);
    await assert.rejects(fetchUrl('http://169.254.169.254/latest/meta-data/'), /link-local/);
    await assert.rejects(fetchUrl('http://0.0.0.0:1/'), /unspecified/);
    assert.equal(hits.length, before, 'no request reached the server');
  });

  it('classifies addresses', () => {
    for (const a of ['127.0.0.1', '10.1.1.1', '172.16.5.4', '192.168.0.1', '169.254.1.1', '100.64.0.1', '224.0.0.1', '0.0.0.0', '255.255.255.255',
      '::1', '::', 'fe80::1', 'fc00::1', 'fd12::1', 'ff02::1', '::ffff:10.0.0.1', '::ffff:a00:1', '64:ff9b::7f00:1', '2002:c0a8:101::1']) {
      assert.ok(blockedReason(a), a);
    }
    for (const a of ['8.8.8.8', '93.184.216.34', '2606:4700::1111', '::ffff:8.8.8.8']) assert.equal(blockedReason(a), null, a);
  });
});
