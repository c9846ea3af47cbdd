// Which IP addresses a fetch may connect to: public unicast only, unless the
// user allows private networks. Checked on every resolved address of every
// redirect hop, so a feed cannot make isnad reach the local network or a
// cloud metadata endpoint. IPv4 embedded in IPv6 is checked as IPv4.
import { isIP } from 'node:net';

const V4_BLOCKED: Array<[string, number, string]> = [
  ['0.0.0.0', 8, 'unspecified'], ['10.0.0.0', 8, 'private'], ['100.64.0.0', 10, 'shared (CGNAT)'],
  ['127.0.0.0', 8, 'loopback'], ['169.254.0.0', 16, 'link-local'], ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'IETF protocol'], ['192.0.2.0', 24, 'documentation'], ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'], ['198.51.100.0', 24, 'documentation'], ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'], ['240.0.0.0', 4, 'reserved'],
];

function v4ToInt(a: string): number {
  return a.split('.').reduce((n, p) => n * 256 + Number(p), 0);
}

function v4Reason(a: string): string | null {
  const n = v4ToInt(a);
  for (const [base, bits, why] of V4_BLOCKED) {
    const size = 2 ** (32 - bits);
    const b = v4ToInt(base);
    if (n >= b && n < b + size) return why;
  }
  return null;
}

/** The eight 16-bit groups of an IPv6 address (with a dotted IPv4 tail converted). */
function v6Groups(a: string): number[] | null {
  let s = a.toLowerCase().replace(/%.*$/, '');
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (tail) {
    const n = v4ToInt(tail[1]);
    s = s.slice(0, -tail[1].length) + ((n >>> 16) & 0xffff).toString(16) + ':' + (n & 0xffff).toString(16);
  }
  const [head, rest] = s.split('::');
  const h = head ? head.split(':') : [];
  const r = rest !== undefined && rest !== '' ? rest.split(':') : [];
  const fill = s.includes('::') ? 8 - h.length - r.length : 0;
  const groups = [...h, ...Array(Math.max(0, fill)).fill('0'), ...r].map((g) => parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => g >= 0 && g <= 0xffff) ? groups : null;
}

function groupsToV4(hi: number, lo: number): string {
  return [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join('.');
}

function v6Reason(a: string): string | null {
  const g = v6Groups(a);
  if (!g) return 'unparsable';
  const zeros = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeros(8)) return 'unspecified';
  if (zeros(7) && g[7] === 1) return 'loopback';
  // IPv4-mapped ::ffff:a.b.c.d, IPv4-compatible ::a.b.c.d, NAT64 64:ff9b::a.b.c.d
  if ((zeros(5) && g[5] === 0xffff) || zeros(6) || (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0))) {
    const why = v4Reason(groupsToV4(g[6], g[7]));
    return why ? `${why} (IPv4 in IPv6)` : null;
  }
  if (g[0] === 0x2002) {
    const why = v4Reason(groupsToV4(g[1], g[2])); // 6to4 carries the IPv4 address in bits 16–48
    return why ? `${why} (6to4)` : null;
  }
  if ((g[0] & 0xfe00) === 0xfc00) return 'unique local';
  if ((g[0] & 0xffc0) === 0xfe80) return 'link-local';
  if ((g[0] & 0xffc0) === 0xfec0) return 'site-local';
  if ((g[0] & 0xff00) === 0xff00) return 'multicast';
  if (g[0] === 0x2001 && g[1] === 0x0db8) return 'documentation';
  return null;
}

/** Why an address may not be fetched from (e.g. "loopback"), or null when it is public. */
export function blockedReason(address: string): string | null {
  const v = isIP(address);
  if (v === 4) return v4Reason(address);
  if (v === 6) return v6Reason(address);
  return 'not an IP address';
}
