// Fetching a URL safely: http(s) only, every hop's addresses resolved and
// checked (address-policy.ts) and the connection made to the checked address
// (no second DNS answer can rebind it), at most 5 redirects followed by hand,
// a time limit, a size limit (after decompression), a content-type check,
// charset detection, a descriptive User-Agent and 1–2 requests per host.
import http from 'node:http';
import https from 'node:https';
import { lookup } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import { createGunzip, createInflate, createBrotliDecompress } from 'node:zlib';
import type { Readable } from 'node:stream';
import { blockedReason } from './address-policy.js';
import { decodePage } from './charset.js';

export const USER_AGENT = 'isnad/0.1 (Arabic news analysis; +https://github.com/isnad/isnad)';

export interface FetchOptions {
  /** connect to loopback/private/link-local addresses (tests, intranets) */
  allowPrivate?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** accepted content types (lower-case, without parameters) */
  accept?: string[];
  /** injectable resolver (tests) */
  resolve?: (host: string) => Promise<string[]>;
}

export interface FetchedPage {
  /** the final URL after redirects */
  url: string;
  status: number;
  contentType: string;
  body: Buffer;
  text: string;
}

export class FetchError extends Error {
  constructor(message: string, readonly url: string) {
    super(message);
    this.name = 'FetchError';
  }
}

export const PAGE_TYPES = [
  'text/html', 'application/xhtml+xml', 'text/plain', 'application/rss+xml', 'application/atom+xml',
  'application/xml', 'text/xml', 'application/rdf+xml',
];

const DEFAULTS = { timeoutMs: 20_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

// politeness: at most this many requests in flight per host
const PER_HOST = 2;
const inFlight = new Map<string, number>();
const waiting = new Map<string, Array<() => void>>();

async function acquire(host: string): Promise<void> {
  const n = inFlight.get(host) ?? 0;
  if (n < PER_HOST) {
    inFlight.set(host, n + 1);
    return;
  }
  await new Promise<void>((resolve) => {
    if (!waiting.has(host)) waiting.set(host, []);
    waiting.get(host)!.push(resolve);
  });
}

function release(host: string): void {
  const q = waiting.get(host);
  const next = q?.shift();
  if (next) next(); // the slot passes straight to the next waiter
  else {
    const n = (inFlight.get(host) ?? 1) - 1;
    if (n <= 0) inFlight.delete(host);
    else inFlight.set(host, n);
  }
  if (q && !q.length) waiting.delete(host);
}

async function defaultResolve(host: string): Promise<string[]> {
  const all = await lookup(host, { all: true, verbatim: true });
  return all.map((a) => a.address);
}

/** Resolve a host and check every address; returns the address to connect to. */
async function checkedAddress(url: URL, o: FetchOptions): Promise<{ address: string; family: number }> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = await (o.resolve ?? defaultResolve)(host);
    } catch (e) {
      throw new FetchError(`cannot resolve ${host} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, url.href);
    }
  }
  if (!addresses.length) throw new FetchError(`cannot resolve ${host}`, url.href);
  if (!o.allowPrivate) {
    for (const a of addresses) {
      const why = blockedReason(a);
      if (why) throw new FetchError(`refused: ${host} resolves to ${a}, a ${why} address (use --allow-private to permit)`, url.href);
    }
  }
  const address = addresses[0];
  return { address, family: isIP(address) };
}

function decompress(res: http.IncomingMessage): Readable {
  const enc = String(res.headers['content-encoding'] ?? '').toLowerCase().trim();
  if (enc === 'gzip' || enc === 'x-gzip') return res.pipe(createGunzip());
  if (enc === 'deflate') return res.pipe(createInflate());
  if (enc === 'br') return res.pipe(createBrotliDecompress());
  return res;
}

interface Hop {
  status: number;
  location?: string;
  contentType: string;
  body?: Buffer;
}

function requestOnce(url: URL, target: { address: string; family: number }, o: Required<Pick<FetchOptions, 'timeoutMs' | 'maxBytes'>> & FetchOptions, deadline: number): Promise<Hop> {
  const mod = url.protocol === 'https:' ? https : http;
  // connect to the address we checked, whatever DNS would say now
  const pinned: LookupFunction = (_host, opts, cb) => {
    if ((opts as { all?: boolean }).all) (cb as unknown as (e: null, a: Array<{ address: string; family: number }>) => void)(null, [target]);
    else cb(null, target.address, target.family);
  };
  return new Promise<Hop>((resolve, reject) => {
    const left = Math.max(1, deadline - Date.now());
    const req = mod.request(url, {
      method: 'GET',
      lookup: pinned,
      // a fresh connection per request: no pooled socket bypasses the address check, and no keep-alive reset races
      agent: false,
      headers: {
        'user-agent': USER_AGENT,
        accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8',
        'accept-encoding': 'gzip, deflate, br',
        'accept-language': 'ar,en;q=0.5',
      },
      timeout: left,
    });
    const timer = setTimeout(() => req.destroy(new FetchError(`timed out after ${o.timeoutMs} ms`, url.href)), left);
    const fail = (e: Error) => {
      clearTimeout(timer);
      reject(e instanceof FetchError ? e : new FetchError(`${(e as NodeJS.ErrnoException).code ?? e.message}`, url.href));
    };
    req.on('timeout', () => req.destroy(new FetchError(`timed out after ${o.timeoutMs} ms`, url.href)));
    req.on('error', fail);
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      const contentType = String(res.headers['content-type'] ?? '').toLowerCase();
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        clearTimeout(timer);
        resolve({ status, location: String(res.headers.location), contentType });
        return;
      }
      if (status < 200 || status >= 300) {
        res.resume();
        fail(new FetchError(`HTTP ${status}`, url.href));
        return;
      }
      const type = contentType.split(';')[0].trim();
      const accept = o.accept ?? PAGE_TYPES;
      if (!accept.includes(type)) {
        res.resume();
        fail(new FetchError(`unsupported content type "${type || 'none'}"`, url.href));
        return;
      }
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > o.maxBytes) {
        res.destroy();
        fail(new FetchError(`too large: ${declared} bytes (limit ${o.maxBytes})`, url.href));
        return;
      }
      const body = decompress(res);
      const chunks: Buffer[] = [];
      let size = 0;
      body.on('data', (c: Buffer) => {
        size += c.length;
        if (size > o.maxBytes) {
          res.destroy();
          body.destroy();
          fail(new FetchError(`too large: over ${o.maxBytes} bytes`, url.href));
          return;
        }
        chunks.push(c);
      });
      body.on('error', fail);
      res.on('error', fail);
      body.on('end', () => {
        clearTimeout(timer);
        resolve({ status, contentType, body: Buffer.concat(chunks) });
      });
    });
    req.end();
  });
}

/** Fetch one URL (following at most maxRedirects redirects), decoded to text. */
export async function fetchUrl(input: string, opts: FetchOptions = {}): Promise<FetchedPage> {
  const o = { ...DEFAULTS, ...opts };
  const deadline = Date.now() + o.timeoutMs;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new FetchError('not a valid URL', input);
  }
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError(`unsupported scheme ${url.protocol}`, url.href);
    const target = await checkedAddress(url, o);
    await acquire(url.host);
    let r: Hop;
    try {
      r = await requestOnce(url, target, o, deadline);
    } finally {
      release(url.host);
    }
    if (r.location !== undefined) {
      if (hop >= o.maxRedirects) throw new FetchError(`too many redirects (more than ${o.maxRedirects})`, input);
      try {
        url = new URL(r.location, url);
      } catch {
        throw new FetchError(`bad redirect location "${r.location}"`, url.href);
      }
      continue;
    }
    const body = r.body ?? Buffer.alloc(0);
    return { url: url.href, status: r.status, contentType: r.contentType, body, text: decodePage(body, r.contentType) };
  }
}
