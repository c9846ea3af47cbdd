// "According to" phrases: «وفقًا لـX», «بحسب ما ذكرت X», «حسبما نقلت X عن Y»,
// «نقلًا عن X», «على لسان X». Each names a reporter X (and, with «عن Y», the
// original speaker Y). A phrase either adds X to the relay chain of the
// statements of its sentence or, when the sentence has none, is itself the
// cue of a statement whose content is the rest of the sentence.
import type { ScanContext } from './scan-context.js';
import { afterClitic, isPunct } from './scan-context.js';
import { cueAt } from './cues.js';
import { mentionEndToken } from './mention-index.js';
import { speakerAt } from './speaker-phrase.js';

export interface AccordingPhrase {
  head: number;
  /** first token after the phrase */
  endTok: number;
  cueStart: number;
  cueEnd: number;
  /** the reporter (entity id), if an entity */
  reporter: string | null;
  /** «عن Y»: the original speaker */
  origin: string | null;
}

const LINKERS = new Set(['ل', 'لما', 'ما', 'لـ']);
const SPEAKER_TYPES = new Set(['PER', 'ORG', 'GPE']);

export function parseAccording(ctx: ScanContext, i: number): AccordingPhrase | null {
  const t = ctx.toks[i];
  if (!t || t.kind !== 'word') return null;
  {
    for (const [h, conj] of ctx.facts[i].according) {
      let k = i + 1;
      let ok = true;
      for (let x = 1; x < h.words.length; x++, k++) if (ctx.toks[k]?.norm !== h.words[x]) ok = false;
      if (!ok) continue;
      let headEnd = ctx.toks[k - 1].end;
      if (ctx.toks[k] && LINKERS.has(ctx.toks[k].norm)) k++;
      if (h.linker && h.linker !== 'ل' && ctx.toks[k]?.norm === h.linker) k++;
      let verbTok = -1;
      const cue = cueAt(ctx, k);
      if (cue && (cue.sense.cls === 'verb' || cue.sense.cls === 'relay')) {
        verbTok = k;
        k++;
      }
      if (isPunct(ctx.toks[k], '"', '«', '“')) k++;
      let reporter: string | null = null;
      for (let j = k; j < k + 3 && !ctx.mi.at[j] && ctx.toks[j]; j++) {
        const w = ctx.toks[j].norm;
        if (!(ctx.lex.words.mediaHeads.has(w) || w === 'انباء' || w === 'الانباء' || isPunct(ctx.toks[j], '"', '«', '“'))) break;
        if (ctx.mi.at[j + 1]) k = j + 1;
      }
      const hit = ctx.mi.at[k];
      if (hit && SPEAKER_TYPES.has(hit.entity.type)) {
        reporter = hit.entity.id;
        k = mentionEndToken(ctx.doc, ctx.mi, k) + 1;
        if (isPunct(ctx.toks[k], '"', '»', '”')) k++;
      } else {
        // a reporter no entity covers: «بحسب ما أفادت مصادر محلية», «وفق ما نقل الإعلام الرسمي عن…»
        const sp = hit ? null : speakerAt(ctx, k, ctx.toks.length, { names: false });
        if (sp && ctx.seg.para[sp.last] === ctx.seg.para[i]) {
          reporter = sp.entity;
          k = sp.last + 1;
        } else if (verbTok < 0) continue;
      }
      let origin: string | null = null;
      // trailing adjectives of the reporter: «صحيفة تشوسون إلبو الكورية الجنوبية المحافظة عن…»
      let a = k;
      while (a < k + 5 && ctx.toks[a] && ctx.toks[a].kind === 'word' && ctx.toks[a].norm.startsWith('ال') && !ctx.mi.at[a]) a++;
      if (ctx.toks[a]?.norm === 'عن') k = a;
      if (ctx.toks[k]?.norm === 'عن') {
        const y = ctx.mi.at[k + 1];
        if (y && SPEAKER_TYPES.has(y.entity.type)) {
          origin = y.entity.id;
          k = mentionEndToken(ctx.doc, ctx.mi, k + 1) + 1;
        } else if (!y) {
          const sp = speakerAt(ctx, k + 1, ctx.toks.length, { names: true });
          if (sp && ctx.seg.para[sp.last] === ctx.seg.para[i]) {
            origin = sp.entity;
            k = sp.last + 1;
          }
        }
      }
      // «نقلا عن X»: X is quoted, not a relay
      if (h.linker === 'عن' && reporter && !origin) {
        origin = reporter;
        reporter = null;
      }
      if (verbTok >= 0) headEnd = ctx.toks[verbTok].end;
      return { head: i, endTok: k, cueStart: conj ? afterClitic(ctx.text, t) : t.start, cueEnd: headEnd, reporter, origin };
    }
  }
  return null;
}
