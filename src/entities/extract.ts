// The entities layer for one document: candidate mentions from every
// source (KB gazetteer, titles, nominals, pronouns, unknown names, the NER
// tagger, the outlet line), then clustering into SPEC entities e1, e2…
import type { Doc } from '../analyze/doc.js';
import type { Entity, Mention } from '../model/analysis.js';
import type { Kb } from '../kb/kb.js';
import type { Tagger } from '../ner/tagger.js';
import type { EntityLexicons } from './lexicons.js';
import type { Candidate } from './types.js';
import type { DetectContext } from './context.js';
import { gazetteerHits, type GazHit } from './gazetteer-hits.js';
import { kbMentions } from './kb-mentions.js';
import { titleMentions } from './title-mentions.js';
import { nominalMentions } from './nominal-mentions.js';
import { pronounMentions } from './pronoun-mentions.js';
import { nameMentions } from './name-mentions.js';
import { taggerMentions } from './tagger-mentions.js';
import { shortFormMentions, outletMentions } from './repeat-mentions.js';
import { clusterCandidates } from './cluster.js';
import { orgPatternMentions, orgShortForms } from './org-patterns.js';
import { englishName } from './english.js';

export interface EntityResources {
  kb: Kb;
  lex: EntityLexicons;
  tagger: Tagger | null;
}

export function detectCandidates(doc: Doc, res: EntityResources): { ctx: DetectContext; cands: Candidate[] } {
  const tokens = doc.tokens;
  const hitAt = new Map<number, GazHit>();
  const adjAt: DetectContext['adjAt'] = new Map();
  for (const h of gazetteerHits(tokens, res.kb)) {
    hitAt.set(h.t0, h);
    if (h.kind === 'adj') adjAt.set(h.t0, { entry: h.entry, t1: h.t1 });
  }
  const ctx: DetectContext = { doc, tokens, kb: res.kb, lex: res.lex, hitAt, adjAt };
  const orgC = orgPatternMentions(ctx);
  const inOrg = new Uint8Array(tokens.length);
  for (const c of orgC) for (let k = c.t0; k < c.t1; k++) inOrg[k] = 1;
  const outsideOrgs = (c: Candidate) => {
    for (let k = c.t0; k < c.t1; k++) if (inOrg[k]) return false;
    return true;
  };
  const orgOcc = inOrg.slice();
  const orgShortC = orgShortForms(ctx, orgC, orgOcc);
  for (const c of orgShortC) for (let k = c.t0; k < c.t1; k++) inOrg[k] = 1;
  const kbC = kbMentions(ctx).filter(outsideOrgs);
  const titleC = titleMentions(ctx);
  const nomC = nominalMentions(ctx).filter(outsideOrgs);
  const proC = pronounMentions(ctx);
  const occupied = new Uint8Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) if (inOrg[k]) occupied[k] = 1;
  // names may sit inside a government nominal («حكومة كيم»): those do not block them
  for (const c of [...kbC, ...titleC, ...nomC, ...proC]) if (c.source !== 'government') for (let k = c.t0; k < c.t1; k++) occupied[k] = 1;
  for (const h of hitAt.values()) for (let k = h.t0; k < h.t1; k++) occupied[k] = 1;
  const titleEnds = new Set(titleC.map((t) => t.t1));
  const titleStarts = new Set(titleC.map((t) => t.t0));
  const outC = outletMentions(ctx, occupied);
  const nameC = nameMentions(ctx, occupied, titleEnds, titleStarts);
  const tagC = res.tagger ? taggerMentions(ctx, res.tagger, occupied) : [];
  const shortC = shortFormMentions(ctx, [...kbC, ...nameC, ...tagC], occupied);
  return { ctx, cands: [...orgC, ...orgShortC, ...kbC, ...titleC, ...nomC, ...proC, ...outC, ...nameC, ...tagC, ...shortC] };
}

export function extractEntities(doc: Doc, res: EntityResources): Entity[] {
  if (!doc.tokens.length) return [];
  const { ctx, cands } = detectCandidates(doc, res);
  const clusters = clusterCandidates(ctx, cands);
  const entities: Entity[] = [];
  for (const cl of clusters) {
    const seen = new Set<string>();
    const mentions: Mention[] = [];
    for (const c of cl.mentions.sort((a, b) => a.start - b.start || b.end - a.end)) {
      const sig = c.start + ':' + c.end;
      if (seen.has(sig) || c.end <= c.start) continue;
      seen.add(sig);
      mentions.push({ start: c.start, end: c.end, kind: c.kind });
    }
    if (!mentions.length) continue;
    const named = cl.mentions.filter((c) => c.kind === 'name');
    const pool = named.length ? named : cl.mentions.filter((c) => c.kind !== 'pronoun');
    if (!pool.length) continue;
    const longest = pool.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
    const name = cl.entry?.name ?? doc.text.slice(longest.start, longest.end);
    const e: Entity = { id: '', type: cl.type, name, mentions };
    // organisation patterns carry their own gloss (or none): a letter-by-letter «حزب …» helps nobody
    const patterned = named.length > 0 && named.every((c) => c.source === 'org');
    const en = cl.entry?.name_en ?? (patterned ? cl.en : named.length ? englishName(name, cl.type) : cl.en);
    if (en) e.name_en = en;
    if (cl.entry?.kb) e.kb = cl.entry.kb;
    entities.push(e);
  }
  entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  entities.forEach((e, i) => (e.id = 'e' + (i + 1)));
  return entities;
}
