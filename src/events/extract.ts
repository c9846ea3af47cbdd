// Events of one document: triggers → actors → circumstances → modality →
// merging of repeated references. Reads the tokens, times, quantities,
// entities and statements layers; writes nothing but the returned list.
import type { Doc } from '../analyze/doc.js';
import type { Event, PloverType } from '../model/analysis.js';
import { buildDocIndex } from './doc-index.js';
import type { EventLexicon } from './lexicon.js';
import { findTriggers, StemCache, type TriggerMatch } from './triggers.js';
import { ActorFinder } from './actors.js';
import { modalityOf } from './modality.js';
import { dateOf, locationOf, quantityOf, reportersOf, reportingStatement } from './circumstances.js';
import { mergeInto, attachBackReference } from './merge.js';
import { mentionOf } from './actor-groups.js';
import { completeTargets } from './dyads.js';
import { headlineTokens } from './headlines.js';

export interface ExtractedEvents {
  /** events reported as having happened (or happening): SPEC `events` */
  events: Event[];
  /** negated and hypothetical events («لم يلتق», «إذا ما أرسلت»), kept apart with their modality */
  unasserted: Event[];
}

const PURPOSE_WINDOW = 8;
const ONE_SIDED = new Set<PloverType>(['ASSAULT', 'MOBILIZE']);

/** A trigger word that is part of an entity's name («مجلس التعاون»). */
function insideName(doc: Doc, idx: ReturnType<typeof buildDocIndex>, tr: TriggerMatch): boolean {
  const m = mentionOf(idx, tr.tok);
  if (!m) return false;
  const tok = idx.tokens[tr.tok];
  return m.start <= tok.start + tr.prefix.length && m.end > tok.start + tr.prefix.length;
}

/** «أرسلت قوات … لدعم حملتها»: a purpose masdar after another trigger describes that event. */
function isPurposeOfEarlier(idx: ReturnType<typeof buildDocIndex>, tr: TriggerMatch, prev: TriggerMatch | undefined): boolean {
  if (tr.pos !== 'noun' || !tr.prefix.startsWith('ل') || !prev) return false;
  return idx.sent[prev.tok] === idx.sent[tr.tok] && tr.tok - prev.tok <= PURPOSE_WINDOW;
}

export function extractEvents(doc: Doc, lex: EventLexicon): ExtractedEvents {
  if (!doc.tokens.length) return { events: [], unasserted: [] };
  const idx = buildDocIndex(doc);
  const headline = headlineTokens(doc.text, idx);
  const fromHeadlines: Event[] = [];
  const stems = new StemCache(idx);
  const triggers = findTriggers(idx, lex, stems);
  const actors = new ActorFinder(doc, idx, lex, new Set(triggers.map((t) => t.tok)));
  const events: Event[] = [];
  let prev: TriggerMatch | undefined;
  let last: { tr: TriggerMatch; e: Event } | undefined;
  for (const tr of triggers) {
    const purpose = isPurposeOfEarlier(idx, tr, prev);
    prev = tr;
    if (insideName(doc, idx, tr)) continue;
    const a = actors.find(tr);
    if (purpose) {
      // «بدء العملية العسكرية لاستهداف الجماعات المسلحة»: the purpose names the earlier event's target
      if (last && !last.e.target.length && a.target.length && idx.sent[last.tr.tok] === idx.sent[tr.tok]) {
        last.e.target = a.target.filter((id) => !last!.e.source.includes(id));
      }
      continue;
    }
    // «اتهمت أمنستي الجيش … وطالبت بوقف»: a verb joined by و shares the object of the one before
    if (!a.target.length && tr.pos === 'verb' && /^[وف]/.test(tr.prefix) && last && idx.sent[last.tr.tok] === idx.sent[tr.tok] &&
      last.e.source.join() === a.source.join()) {
      a.target = [...last.e.target];
    }
    const st = reportingStatement(idx, tr.tok);
    const e: Event = {
      id: '',
      type: tr.entry.type,
      mode: tr.entry.mode,
      ...(tr.entry.cameo ? { cameo: tr.entry.cameo } : {}),
      source: a.source,
      target: a.target,
      anchor: tr.anchor,
      location: locationOf(idx, lex, tr.tok),
      date: dateOf(doc, idx, tr.tok),
      statement: st?.id,
      sources: st ? reportersOf(st) : undefined,
      modality: modalityOf(tr, idx, lex, st),
      quantity: quantityOf(doc, idx, tr.tok),
    };
    if (e.location && (e.source.includes(e.location) || e.target.includes(e.location))) e.location = undefined;
    if (a.backReference) {
      attachBackReference(events, e);
      continue;
    }
    // a meeting or an agreement needs a second party; an attack or a promise may stand alone
    if ((tr.entry.needTarget || tr.entry.symmetric) && !e.target.length) continue;
    last = { tr, e };
    if (headline[tr.tok]) {
      fromHeadlines.push(e);
      continue;
    }
    if (mergeInto(events, e)) continue;
    events.push(e);
  }
  // a headline's event stands only as a summary of one the body reports
  for (const e of fromHeadlines) mergeInto(events, e);
  // PLOVER events need a source actor: an event without one is not reported
  const sourced = events.filter((e) => e.source.length > 0);
  completeTargets(sourced);
  // a demand, an accusation, a meeting… is between two parties: with the
  // second unknown the record is incomplete and kept apart; an attack or a
  // deployment may be reported without whom it was aimed at
  const dyadic = sourced.filter((e) => e.target.length > 0 || ONE_SIDED.has(e.type));
  const kept: Event[] = [];
  for (const e of dyadic) if (!mergeInto(kept, e)) kept.push(e);
  const tidy = (list: Event[], prefix: string) => list.forEach((e, k) => {
    e.id = `${prefix}${k + 1}`;
    for (const key of Object.keys(e) as (keyof Event)[]) if (e[key] === undefined) delete e[key];
  });
  const asserted = kept.filter((e) => (e.modality ?? 'asserted') === 'asserted');
  const unasserted = kept.filter((e) => (e.modality ?? 'asserted') !== 'asserted');
  tidy(asserted, 'v');
  tidy(unasserted, 'u');
  return { events: asserted, unasserted };
}
