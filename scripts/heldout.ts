// Resolves the hand-written "pseudo held-out" gold sources into isnad.gold/1 files.
//
//   node --import tsx scripts/heldout.ts [--out DIR] [--src DIR] [--shared DIR] [--warn-ambiguous]
//   ./bin/isnad.js eval --gold .cache/heldout --verbose
//
// Each test/heldout/src/NAME.gold.src.mjs names a corpus article (corpus + docno)
// rather than carrying its text: the ANT corpus licence is unclear, so the text
// is read at resolve time from ../shared/data/corpus/ and only the resolved
// gold (text included) is written, to a git-ignored directory (default
// .cache/heldout/). A source with `text_file` instead (the dev sources) reads
// that file beside it, which lets the resolver be checked against the dev gold.
//
// Anchor strings follow the dev sources: "A" is the first occurrence of A;
// "A#3" the third; "A#*" every occurrence (mentions only); "A>>B" the span B
// inside (each chosen occurrence of) A, where B may itself end in "#n".
// Anchors that do not resolve are errors: they are all listed and the script
// exits 1 without writing anything.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

export interface Span { start: number; end: number; text: string }

type MentionKind = 'name' | 'title' | 'nominal' | 'metonym' | 'pronoun';
const MENTION_KINDS: MentionKind[] = ['name', 'title', 'nominal', 'metonym', 'pronoun'];

export interface GoldSource {
  id: string;
  text_file?: string;
  corpus?: string;
  docno?: string;
  published?: string;
  meta?: Record<string, unknown>;
  entities: Record<string, {
    type: string; name: string; name_en?: string[] | string; kb?: string;
    mentions: Partial<Record<MentionKind, string[]>>;
  }>;
  statements?: Array<{
    id?: string; speaker: string | null; cue: string; content: string; kind: string;
    sources?: string[]; sources_scored?: boolean; parent?: string | null; optional?: boolean; note?: string;
  }>;
  events?: Array<{
    type: string | string[]; source?: string[]; target?: string[]; anchor: string;
    location?: string | null; date?: string | null; optional?: boolean; note?: string;
  }>;
  quantities?: Array<{ span: string; value: number; approx?: string | null; unit_en?: string | null }>;
  times?: Array<{ span: string; kind: string; value: string }>;
}

/** Every index where `needle` starts in `hay` (non-overlapping scan is not wanted: "AA" in "AAA" twice). */
function occurrences(hay: string, needle: string, from = 0, to = hay.length): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = hay.indexOf(needle, from); i >= 0 && i + needle.length <= to; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** "A#3" → ["A", 3]; "A#*" → ["A", "*"]; anything else (even "#word") is literal. */
function splitSelector(s: string): [string, number | '*' | null] {
  const m = /^(.*)#(\*|\d+)$/s.exec(s);
  if (!m) return [s, null];
  return [m[1]!, m[2] === '*' ? '*' : Number(m[2])];
}

/** When an anchor fails only because of its spaces (the text has a no-break space, say), say so. */
function whitespaceHint(text: string, needle: string): string {
  const parts = needle.split(/\s+/).filter(Boolean).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (parts.length < 2) return '';
  const m = new RegExp(parts.join('\\s+')).exec(text);
  if (!m) return '';
  const odd = [...new Set([...m[0]].filter((c) => /\s/.test(c) && c !== ' '))];
  return ` (it is there with other spaces: ${odd.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ') || 'runs of spaces'}; write them as \\u escapes)`;
}

export interface AnchorResult { spans: Span[]; error?: string; ambiguous?: boolean }

/** Resolves one anchor string; `many` allows "#*". */
export function resolveAnchor(text: string, anchor: string, many: boolean): AnchorResult {
  const cut = anchor.indexOf('>>');
  const [outerStr, outerSel] = splitSelector(cut >= 0 ? anchor.slice(0, cut) : anchor);
  const inner = cut >= 0 ? splitSelector(anchor.slice(cut + 2)) : null;
  if (outerSel === '*' && !many) return { spans: [], error: '"#*" where one span is wanted' };
  if (inner && inner[1] === '*') return { spans: [], error: '"#*" is only allowed on the outer part' };
  const all = occurrences(text, outerStr);
  if (!all.length) return { spans: [], error: `not found in the text${whitespaceHint(text, outerStr)}` };
  let starts: number[];
  if (outerSel === '*') starts = all;
  else if (typeof outerSel === 'number') {
    if (outerSel < 1 || outerSel > all.length) return { spans: [], error: `occurrence #${outerSel} asked, ${all.length} found` };
    starts = [all[outerSel - 1]!];
  } else starts = [all[0]!];
  const spans: Span[] = [];
  for (const s of starts) {
    let start = s;
    let end = s + outerStr.length;
    if (inner) {
      const within = occurrences(text, inner[0], start, end);
      const n = typeof inner[1] === 'number' ? inner[1] : 1;
      if (within.length < n || n < 1) return { spans: [], error: `"${inner[0]}" not found (as #${n}) inside "${outerStr}"` };
      start = within[n - 1]!;
      end = start + inner[0].length;
    }
    spans.push({ start, end, text: text.slice(start, end) });
  }
  return { spans, ambiguous: outerSel === null && all.length > 1 };
}

export interface Resolved { gold: Record<string, unknown>; errors: string[]; ambiguous: string[] }

/** Turns a source (with its article text) into an isnad.gold/1 object, collecting every defect. */
export function resolveSource(src: GoldSource, text: string): Resolved {
  const errors: string[] = [];
  const ambiguous: string[] = [];
  const one = (where: string, anchor: unknown): Span => {
    if (typeof anchor !== 'string' || !anchor) {
      errors.push(`${where}: missing anchor`);
      return { start: 0, end: 0, text: '' };
    }
    const r = resolveAnchor(text, anchor, false);
    if (r.error) {
      errors.push(`${where}: "${anchor}" ${r.error}`);
      return { start: 0, end: 0, text: '' };
    }
    if (r.ambiguous) ambiguous.push(`${where}: "${anchor}"`);
    return r.spans[0]!;
  };

  const entityIds = new Set(Object.keys(src.entities ?? {}));
  const entities = Object.entries(src.entities ?? {}).map(([id, e]) => {
    const mentions: Array<Span & { kind: MentionKind }> = [];
    for (const kind of Object.keys(e.mentions ?? {}) as MentionKind[]) {
      if (!MENTION_KINDS.includes(kind)) errors.push(`entity ${id}: unknown mention kind "${kind}"`);
      for (const a of e.mentions[kind] ?? []) {
        const r = resolveAnchor(text, a, true);
        if (r.error) errors.push(`entity ${id} ${kind}: "${a}" ${r.error}`);
        else {
          if (r.ambiguous) ambiguous.push(`entity ${id} ${kind}: "${a}"`);
          for (const s of r.spans) mentions.push({ start: s.start, end: s.end, kind, text: s.text });
        }
      }
    }
    mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    for (let i = 1; i < mentions.length; i++) {
      if (mentions[i]!.start === mentions[i - 1]!.start && mentions[i]!.end === mentions[i - 1]!.end) {
        errors.push(`entity ${id}: mention "${mentions[i]!.text}" at ${mentions[i]!.start} listed twice`);
      }
    }
    if (!mentions.length) errors.push(`entity ${id}: no mentions`);
    const nameEn = e.name_en == null ? [] : Array.isArray(e.name_en) ? e.name_en : [e.name_en];
    return { id, type: e.type, name: e.name, name_en: nameEn, kb: e.kb ?? null, mentions };
  });
  // Two entities claiming the same span is almost always an annotation slip.
  const owner = new Map<string, string>();
  for (const e of entities) for (const m of e.mentions) {
    const k = `${m.start}:${m.end}`;
    if (owner.has(k) && owner.get(k) !== e.id) errors.push(`mention "${m.text}" at ${m.start} belongs to both ${owner.get(k)} and ${e.id}`);
    owner.set(k, e.id);
  }

  const ref = (where: string, id: string | null | undefined) => {
    if (id != null && !entityIds.has(id)) errors.push(`${where}: unknown entity "${id}"`);
  };

  const stmts = src.statements ?? [];
  const stmtIds = stmts.map((s, i) => s.id ?? `s${i + 1}`);
  const statements = stmts.map((s, i) => {
    const id = stmtIds[i]!;
    ref(`statement ${id} speaker`, s.speaker);
    for (const x of s.sources ?? []) ref(`statement ${id} sources`, x);
    if (s.parent != null && !stmtIds.includes(s.parent)) errors.push(`statement ${id}: unknown parent "${s.parent}"`);
    if (!['direct', 'indirect', 'mixed'].includes(s.kind)) errors.push(`statement ${id}: bad kind "${s.kind}"`);
    return {
      id, speaker: s.speaker, cue: one(`statement ${id} cue`, s.cue), content: one(`statement ${id} content`, s.content),
      kind: s.kind, sources: s.sources ?? [], sources_scored: s.sources_scored ?? true, parent: s.parent ?? null,
      optional: s.optional ?? false, ...(s.note ? { note: s.note } : {}),
    };
  });

  const events = (src.events ?? []).map((v, i) => {
    const id = `v${i + 1}`;
    for (const x of [...(v.source ?? []), ...(v.target ?? [])]) ref(`event ${id} actor`, x);
    ref(`event ${id} location`, v.location);
    const type = Array.isArray(v.type) ? v.type : String(v.type).split('|');
    if (v.date != null && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v.date)) errors.push(`event ${id}: bad date "${v.date}"`);
    return {
      id, type, source: v.source ?? [], target: v.target ?? [], anchor: one(`event ${id} anchor`, v.anchor),
      location: v.location ?? null, date: v.date ?? null, optional: v.optional ?? false, ...(v.note ? { note: v.note } : {}),
    };
  });

  const quantities = (src.quantities ?? []).map((q, i) => {
    if (typeof q.value !== 'number' || !Number.isFinite(q.value)) errors.push(`quantity ${i + 1}: value is not a number`);
    return { ...one(`quantity ${i + 1}`, q.span), value: q.value, approx: q.approx ?? null, unit_en: q.unit_en ?? null };
  });
  const times = (src.times ?? []).map((t, i) => ({ ...one(`time ${i + 1}`, t.span), kind: t.kind, value: t.value }));

  const gold = {
    schema: 'isnad.gold/1', id: src.id, published: src.published ?? null, meta: src.meta ?? {}, text,
    entities, statements, events, quantities, times,
  };
  return { gold, errors, ambiguous };
}

// ---- article text -----------------------------------------------------------

export interface CorpusRecord { docno: string; url: string; source: string; title: string; time: string; text: string }

/** The records of one corpus file (ant-multisource, ant-jawharafm) with the wanted docnos. */
export function corpusRecords(sharedDir: string, corpus: string, wanted: Set<string>): Map<string, CorpusRecord> {
  const out = new Map<string, CorpusRecord>();
  const raw = gunzipSync(readFileSync(join(sharedDir, 'data', 'corpus', `${corpus}.jsonl.gz`))).toString('utf8');
  for (const docno of wanted) {
    // Look each record up by its opening rather than parsing ~30,000 lines.
    for (const opening of [`{"docno": ${JSON.stringify(docno)}`, `{"docno":${JSON.stringify(docno)}`]) {
      const at = raw.startsWith(opening) ? 0 : raw.indexOf(`\n${opening}`) + 1;
      if (at === 0 && !raw.startsWith(opening)) continue;
      const end = raw.indexOf('\n', at);
      out.set(docno, JSON.parse(raw.slice(at, end < 0 ? raw.length : end)) as CorpusRecord);
      break;
    }
  }
  return out;
}

/** The article as the dev .txt files lay it out: title, blank line, body, final newline. */
export function articleText(r: CorpusRecord): string {
  const body = `${r.title.trim()}\n\n${r.text}`;
  return body.endsWith('\n') ? body : `${body}\n`;
}

// ---- loading sources ----------------------------------------------------------

export async function loadSource(file: string): Promise<GoldSource> {
  const mod = (await import(pathToFileURL(resolvePath(file)).href)) as { default: GoldSource };
  return mod.default;
}

export interface ResolvedFile extends Resolved { file: string; id: string }

/** Resolves every *.gold.src.mjs in `srcDir`; texts come from `sharedDir` (corpus) or beside the source. */
export async function resolveDir(srcDir: string, sharedDir: string): Promise<ResolvedFile[]> {
  const files = readdirSync(srcDir).filter((n) => n.endsWith('.gold.src.mjs')).sort().map((n) => join(srcDir, n));
  const sources = await Promise.all(files.map(async (f) => ({ file: f, src: await loadSource(f) })));
  const byCorpus = new Map<string, Set<string>>();
  for (const { src } of sources) {
    if (src.corpus && src.docno) {
      if (!byCorpus.has(src.corpus)) byCorpus.set(src.corpus, new Set());
      byCorpus.get(src.corpus)!.add(src.docno);
    }
  }
  const records = new Map<string, CorpusRecord>();
  for (const [corpus, wanted] of byCorpus) for (const [k, r] of corpusRecords(sharedDir, corpus, wanted)) records.set(`${corpus}/${k}`, r);
  return sources.map(({ file, src }) => {
    let text: string | undefined;
    const errors: string[] = [];
    if (src.text_file) {
      const p = join(dirname(file), src.text_file);
      if (existsSync(p)) text = readFileSync(p, 'utf8').replace(/^\uFEFF/, '');
      else errors.push(`text file ${p} not found`);
    } else if (src.corpus && src.docno) {
      const r = records.get(`${src.corpus}/${src.docno}`);
      if (r) text = articleText(r);
      else errors.push(`docno ${src.docno} not found in ${src.corpus}`);
    } else errors.push('the source names neither text_file nor corpus+docno');
    if (text === undefined) return { file, id: src.id, gold: {}, errors, ambiguous: [] };
    const r = resolveSource(src, text);
    return { file, id: src.id, ...r, errors: [...errors, ...r.errors] };
  });
}

// ---- command line -------------------------------------------------------------

async function main(argv: string[]): Promise<number> {
  const here = dirname(fileURLToPath(import.meta.url));
  const opt = (name: string, dflt: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] ?? dflt : dflt);
  const out = opt('--out', '.cache/heldout');
  const srcDir = opt('--src', join(here, '..', 'test', 'heldout', 'src'));
  const shared = opt('--shared', join(here, '..', '..', 'shared'));
  if (!existsSync(join(shared, 'data', 'corpus'))) {
    console.error(`heldout: ${shared}/data/corpus not found (the article texts are read from the shared corpus)`);
    return 1;
  }
  const results = await resolveDir(srcDir, shared);
  let bad = 0;
  for (const r of results) {
    for (const e of r.errors) console.error(`ERROR ${r.id}: ${e}`);
    bad += r.errors.length;
    if (argv.includes('--warn-ambiguous')) for (const a of r.ambiguous) console.error(`note ${r.id}: first of several: ${a}`);
  }
  if (bad) {
    console.error(`heldout: ${bad} unresolved anchor(s) or reference(s); nothing written`);
    return 1;
  }
  mkdirSync(out, { recursive: true });
  for (const r of results) writeFileSync(join(out, `${r.id}.gold.json`), `${JSON.stringify(r.gold, null, 1)}\n`);
  const count = (k: string) => results.reduce((n, r) => n + ((r.gold[k] as unknown[] | undefined)?.length ?? 0), 0);
  console.log(`heldout: wrote ${results.length} gold files to ${out} (${count('entities')} entities, ${count('statements')} statements, ${count('events')} events, ${count('quantities')} quantities, ${count('times')} times)`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolvePath(process.argv[1])).href) {
  main(process.argv.slice(2)).then((c) => process.exit(c), (e) => {
    console.error(`heldout: ${(e as Error).stack ?? String(e)}`);
    process.exit(1);
  });
}
