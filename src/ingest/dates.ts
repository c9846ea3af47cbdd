// Publication dates from the many shapes feeds and dumps use, as YYYY-MM-DD
// in the writer's own time zone (the date printed on the article).
const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};

export function publicationDate(s: unknown): string | undefined {
  if (typeof s !== 'string' && typeof s !== 'number') return undefined;
  const v = String(s).trim();
  // ISO: 2018-02-18, 2018-02-18T21:35:43+04:00
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (m) return valid(m[1], m[2], m[3]);
  // RFC 2822: Sun, 18 Feb 2018 21:35:43 +0400
  m = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/.exec(v);
  if (m && MONTHS[m[2].toLowerCase()]) return valid(m[3], MONTHS[m[2].toLowerCase()], m[1].padStart(2, '0'));
  // epoch seconds or milliseconds
  if (/^\d{9,13}$/.test(v)) {
    const n = Number(v);
    const d = new Date(v.length > 10 ? n : n * 1000);
    return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
  }
  return undefined;
}

function valid(y: string, mo: string, d: string): string | undefined {
  const date = new Date(`${y}-${mo}-${d}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${y}-${mo}-${d}`) return undefined;
  return `${y}-${mo}-${d}`;
}
