// Coreference within one article: candidates become entities. Names join
// their KB entry or their full form (لافروف → سيرغي لافروف); titles join the
// name they stand in apposition to, else the KB holder of the office at the
// publication date; metonyms and governments join their country; anaphors
// («الوكالة», «الأخير», «بلاده») join the closest compatible antecedent.
import type { EntityType, MentionKind } from '../model/analysis.js';
import type { KbEntry } from '../kb/types.js';
import { roleHolder } from '../kb/roles.js';
import type { Candidate } from './types.js';
import type { DetectContext } from './context.js';
import { looseKey } from '../text/normalize.js';
import { keyOf, withoutArticle } from './words.js';
import { lineBreakBetween } from './context.js';

export interface Cluster {
  key: string;
  type: EntityType;
  entry?: KbEntry;
  mentions: Candidate[];
  first: number;
  /** country this entity belongs to (ISO), for «بلاده» and «حكومة X» */
  country?: string;
  en?: string;
}

// which KB roles a title's role may stand for
const ROLE_ALIASES: Record<string, string[]> = {
  leader: ['leader', 'president', 'supreme_leader', 'king', 'emir'],
  king: ['king', 'emir'],
  emir: ['emir', 'crown_prince'],
  president: ['president', 'leader'],
  minister_خارجيه: ['foreign_minister'],
  minister_دفاع: ['defence_minister'],
};

const ARMY_HEADS = new Set(['جيش', 'قوات']);
// modifiers that keep a nominal the whole army (not its air force: «القوات الجوية المصرية» is apart)
const ARMY_MODS = new Set(['المسلحه', 'مسلحه']);

/** Head, «المسلحة» and nationality adjectives only: the whole army, not a branch of it. */
function isWholeArmy(ctx: DetectContext, c: Candidate): boolean {
  for (let k = c.t0 + 1; k < c.t1; ) {
    const adj = ctx.adjAt.get(k);
    if (adj) k = adj.t1;
    else if (ARMY_MODS.has(keyOf(ctx.tokens[k]))) k++;
    else return false;
  }
  return true;
}

const NAME_KINDS = new Set<string>(['kb', 'name', 'short', 'tagger', 'outlet', 'org']);

function baseRole(role: string): string {
  return role.startsWith('minister') || role.endsWith('_minister') ? 'minister' : role;
}

export function clusterCandidates(ctx: DetectContext, cands: Candidate[]): Cluster[] {
  const kb = ctx.kb;
  const tokens = ctx.tokens;
  const date = ctx.doc.meta.published;
  cands.sort((a, b) => a.start - b.start || b.end - a.end);
  const clusters = new Map<string, Cluster>();
  const keyOfCand = new Map<Candidate, string>();

  const add = (c: Candidate, key: string, entry?: KbEntry, type?: EntityType) => {
    let cl = clusters.get(key);
    if (!cl) {
      cl = { key, type: type ?? entry?.type ?? c.type, entry, mentions: [], first: c.start };
      if (entry) cl.country = entry.category === 'country' ? entry.id : entry.country ?? entry.roles?.[0]?.of;
      clusters.set(key, cl);
    }
    cl.mentions.push(c);
    keyOfCand.set(c, key);
    if (c.of && !cl.country && kb.byKey.get(c.of)?.category === 'country') cl.country = c.of;
    if (c.en && !cl.en) cl.en = c.en;
  };

  // 1. names: KB names, unknown names and their short forms
  const nameByTokenStart = new Map<number, Candidate>();
  const nameByTokenEnd = new Map<number, Candidate>();
  const shortForms = new Map<string, string>();
  const names = cands.filter((c) => NAME_KINDS.has(c.source) || (c.source === 'nominal' && c.entry));
  for (const c of names) {
    if (c.entry) add(c, 'kb:' + c.entry.id, c.entry);
    else if (c.source === 'org' && c.key) add(c, c.key, undefined, 'ORG');
    else {
      const k = looseKey(c.norm);
      const key = shortForms.get(k) ?? 'name:' + k;
      add(c, key, undefined, c.type);
    }
    if (c.type === 'PER' && c.kind === 'name') {
      nameByTokenStart.set(c.t0, c);
      nameByTokenEnd.set(c.t1, c);
      const parts = looseKey(c.norm).split(' ');
      if (parts.length >= 2) {
        const key = keyOfCand.get(c)!;
        const last = parts[parts.length - 1];
        if (last.length >= 3 && !shortForms.has(last)) shortForms.set(last, key);
        // East Asian order: the family name comes first (كيم جونغ أون → كيم)
        if (parts.length === 3 && parts.every((p) => p.length <= 4) && !shortForms.has(parts[0])) shortForms.set(parts[0], key);
      }
    }
  }

  // 2. appositions: title ⟷ adjacent person name (possibly across «،» or another title)
  const titles = cands.filter((c) => c.source === 'title');
  const titleByStart = new Map<number, Candidate>();
  for (const t of titles) titleByStart.set(t.t0, t);
  const skipComma = (i: number) => (tokens[i]?.text === '،' || tokens[i]?.text === ',' ? i + 1 : i);
  const apposed = new Map<Candidate, string>();
  for (const t of titles) {
    let j = skipComma(t.t1);
    // «ولي العهد السعودي الأمير محمد بن سلمان»: hop over a second title
    const hop = titleByStart.get(j);
    if (hop && hop !== t) j = skipComma(hop.t1);
    // «الأمين العام للأمم المتحدة، أنطونيو غوتيريس»: hop over the organisation
    const org = ctx.hitAt.get(j);
    if (org && org.kind === 'name' && org.entry.type !== 'PER') j = skipComma(org.t1);
    let n = nameByTokenStart.get(j);
    if (!n || n.type !== 'PER') {
      // name before the title: «كيم جونغ أون زعيم كوريا الشمالية», «عادل الجبير، وزير الخارجية»
      // (not after a glued preposition or conjunction: «دعوة السيسي لولي العهد», «السيسي وولي العهد»)
      let b = t.t0;
      if (tokens[b - 1]?.text === '،' || tokens[b - 1]?.text === ',') b--;
      if (tokens[t.t0].start === t.start) n = nameByTokenEnd.get(b);
    }
    if (n && n.type === 'PER') {
      const [a, b] = n.t0 < t.t0 ? [n, t] : [t, n];
      if (!lineBreakBetween(ctx.doc, tokens[a.t1 - 1], tokens[b.t0])) apposed.set(t, keyOfCand.get(n)!);
    }
  }
  const titleKeyOf = (t: Candidate) => withoutArticle(looseKey(t.norm).replace(/^[وفبلك](?=ال)/, ''));
  const titleToKey = new Map<string, string>();
  for (const [t, k] of apposed) if (t.role !== 'counterpart') titleToKey.set(titleKeyOf(t), k);

  // 3. everything else in text order
  const roleToKey = new Map<string, string>();
  let lastCountry: string | undefined;
  let lastPer: string | undefined;
  const lastByCategory = new Map<string, string>();
  const lastGroupByHead = new Map<string, string>();
  const adjStarts = [...ctx.adjAt.entries()].sort((a, b) => a[0] - b[0]);
  let adjIdx = 0;
  let uniq = 0;
  const remember = (c: Candidate, key: string) => {
    const cl = clusters.get(key);
    if (!cl) return;
    const cat = cl.entry?.category ?? (c.categories?.[0] === 'definite' ? undefined : c.categories?.[0]);
    if (cat) lastByCategory.set(cat, key);
    if (cl.type === 'PER' && !c.type.startsWith('G')) lastPer = key;
    if (cl.entry?.category === 'country') lastCountry = cl.entry.id;
    else if (cl.entry?.category === 'capital' && cl.entry.country) lastCountry = cl.entry.country;
  };
  const ordered = [...cands].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const c of ordered) {
    // nationality adjectives also make a country salient («مصدر رسمي سوري» … «شمالي البلاد»)
    while (adjIdx < adjStarts.length && adjStarts[adjIdx][0] < c.t0) lastCountry = adjStarts[adjIdx++][1].entry.id;
    if (keyOfCand.has(c)) {
      remember(c, keyOfCand.get(c)!);
      continue;
    }
    let key: string | undefined;
    let entry: KbEntry | undefined;
    if (c.source === 'title') {
      key = apposed.get(c);
      if (!key && c.role !== 'counterpart') key = titleToKey.get(titleKeyOf(c));
      if (!key && c.role && c.of) {
        for (const r of ROLE_ALIASES[c.role] ?? [c.role]) {
          const holder = roleHolder(kb.roles, r, c.of, date);
          if (holder) {
            key = 'kb:' + holder.id;
            entry = holder;
            break;
          }
        }
        key = key ?? roleToKey.get(c.role + '@' + c.of) ?? roleToKey.get(baseRole(c.role) + '@' + c.of);
      }
      if (!key && c.role === 'counterpart') continue;
      if (!key && c.kind === 'nominal') key = 'nom:' + looseKey(c.norm);
      if (!key && (c.of || c.role === 'governor' || c.role === 'director' || c.role?.startsWith('deputy'))) key = 'title:' + titleKeyOf(c);
      if (!key) continue;
      if (c.role && c.of) {
        roleToKey.set(c.role + '@' + c.of, key);
        roleToKey.set(baseRole(c.role) + '@' + c.of, key);
      }
      titleToKey.set(titleKeyOf(c), titleToKey.get(titleKeyOf(c)) ?? key);
      if (!entry && key.startsWith('kb:')) entry = kb.byId.get(key.slice(3));
      add(c, key, entry, 'PER');
    } else if (c.source === 'government') {
      let of = c.of;
      if (of?.startsWith('PERSON:')) of = kb.byId.get(of.slice(7))?.country;
      if (of?.startsWith('NAME@')) {
        const n = nameByTokenStart.get(Number(of.slice(5)));
        const k = n ? keyOfCand.get(n) : undefined;
        of = k ? clusters.get(k)?.country : undefined;
        if (!of) continue;
      }
      of = of ?? lastCountry;
      const country = of ? kb.byKey.get(of) : undefined;
      if (!country) continue;
      add(c, 'kb:' + country.id, country);
    } else if (c.source === 'anaphor') {
      const cats = c.categories ?? [];
      if (cats.includes('country')) {
        const country = lastCountry ? kb.byKey.get(lastCountry) : undefined;
        if (country) add(c, 'kb:' + country.id, country);
        continue;
      }
      if (cats.includes('kingdom')) {
        const k = [...clusters.values()].reverse().find((cl) => cl.entry?.category === 'country' && [cl.entry.name, ...(cl.entry.aliases ?? [])].some((n) => n.includes('مملكة') || n.includes('المملكة')));
        if (k) add(c, k.key, k.entry);
        continue;
      }
      let target: string | undefined;
      for (const cat of cats) {
        const k = lastByCategory.get(cat);
        if (k && (!target || clusters.get(k)!.first > clusters.get(target)!.first)) target = k;
      }
      if (!target) continue;
      add(c, target, clusters.get(target)!.entry);
    } else if (c.source === 'pronoun') {
      if (c.role === 'latter') {
        if (lastPer) add(c, lastPer);
      } else {
        // «بلاده»: the country of the closest person before it
        let cl: Cluster | undefined;
        for (let k = ordered.indexOf(c) - 1; k >= 0; k--) {
          const kk = keyOfCand.get(ordered[k]);
          const cc = kk ? clusters.get(kk) : undefined;
          if (cc && cc.type === 'PER') {
            cl = cc;
            break;
          }
        }
        const country = cl?.country ? kb.byKey.get(cl.country) : undefined;
        if (country) add(c, 'kb:' + country.id, country);
      }
    } else if (c.source === 'nominal') {
      const head = c.norm.split(' ')[0];
      const hasMods = c.norm.includes(' ');
      const definite = c.categories?.includes('definite');
      if (/(ذاته|نفسه|ذاتها|نفسها)$/.test(c.norm) || (definite && !hasMods)) key = lastGroupByHead.get(head);
      if (!key && !hasMods && !definite && c.type === 'PER' && !/ون$|ين$/.test(head)) key = 'nom:' + c.norm + '#' + uniq++;
      // a country's army under either name: «الجيش المصري», «القوات المسلحة المصرية»
      const army = ARMY_HEADS.has(head) && !!c.of && isWholeArmy(ctx, c);
      if (!key && army) key = 'army@' + c.of;
      key = key ?? 'nom:' + c.norm;
      add(c, key, undefined, c.type);
      lastGroupByHead.set(head, key);
      if (army) for (const h of ARMY_HEADS) lastGroupByHead.set(h, key);
    }
    const k = keyOfCand.get(c);
    if (k) remember(c, k);
  }
  return [...clusters.values()].sort((a, b) => a.first - b.first);
}

export function mentionKindOf(c: Candidate): MentionKind {
  return c.kind;
}
