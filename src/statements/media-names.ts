// News media named in the text that the entities layer did not cover
// («سانا», «الأناضول», «إنترفاكس», «لرويترز»): they relay and speak, so the
// statements layer makes them entities before it reads cues. A name in
// quotes or brackets right after a medium phrase («وكالة الأنباء السورية
// "سانا"») joins that phrase's entity.
import { isPunct, type ScanContext } from './scan-context.js';
import { agencyAt, parseSpeakerPhrase, speakerEntity } from './speaker-phrase.js';
import { addMentions, createEntity } from './new-entities.js';
import { normalize } from '../text/normalize.js';

/** Offset after `letters` leading letters of token k (and their diacritics). */
function afterLetters(ctx: ScanContext, k: number, letters: number): number {
  const t = ctx.toks[k];
  let s = t.start;
  for (let n = 0; n < letters && s < t.end; n++) {
    s++;
    while (s < t.end && /[\u064B-\u065F\u0670\u0640]/.test(ctx.text[s])) s++;
  }
  return s;
}

export function findMediaNames(ctx: ScanContext, b0: number, b1: number): void {
  const { toks } = ctx;
  for (let i = b0; i < b1; i++) {
    if (ctx.mi.at[i] || !ctx.facts[i].agencies.length) continue;
    const a = agencyAt(ctx, i, true);
    if (!a) continue;
    let covered = false;
    for (let k = i; k <= a.last; k++) if (ctx.mi.at[k]) covered = true;
    // «شبه الجزيرة» is a peninsula
    if (covered || toks[i - 1]?.norm === 'شبه') continue;
    const mention = { start: afterLetters(ctx, i, a.skip), end: toks[a.last].end, kind: 'name' as const };
    // the entity of a medium phrase just before: «وكالة "الأناضول"», «وكالة الأنباء السورية (سانا)»
    let j = i - 1;
    while (j >= b0 && isPunct(toks[j], '"', '«', '“', '(')) j--;
    const quoted = j < i - 1;
    const before = quoted && j >= b0 ? ctx.mi.at[j] : undefined;
    if (before && before.entity.type === 'ORG') {
      addMentions(ctx, before.entity.id, [mention]);
      i = a.last;
      continue;
    }
    if (quoted && a.skip === 0) {
      let done = false;
      for (let h = Math.max(b0, j - 4); h <= j && !done; h++) {
        if (ctx.mi.at[h]) continue;
        const p = parseSpeakerPhrase(ctx, h, b1, { names: false });
        if (p && p.media && p.last >= a.last) {
          speakerEntity(ctx, p);
          done = true;
        }
      }
      if (done) {
        i = a.last;
        continue;
      }
    }
    const key = normalize(ctx.text.slice(mention.start, mention.end)).trim();
    const same = ctx.doc.entities.find((e) => e.type === 'ORG' && (e.name_en === a.en || normalize(e.name).trim() === key));
    if (same) addMentions(ctx, same.id, [mention]);
    else createEntity(ctx, { type: 'ORG', name: ctx.text.slice(mention.start, mention.end), name_en: a.en, gender: 'f', number: 'sg', media: true }, [mention]);
    i = a.last;
  }
}
