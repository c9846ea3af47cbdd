// Coreference (SPEC §4): B-cubed over all gold mentions. Each gold mention is
// represented by the system mention overlapping it best (IoU) and takes that
// mention's system entity as its cluster; a gold mention the system missed
// is a singleton. Per-mention precision and recall are summed so that files
// micro-average; spurious system mentions do not enter B³ over gold mentions.
import type { Entity } from '../model/analysis.js';
import type { GoldEntity } from './gold.js';
import { type Ratio } from './prf.js';
import { iou } from './spans.js';

export interface CorefScore {
  p: Ratio;
  r: Ratio;
}

export function scoreCoref(gold: GoldEntity[], system: Entity[]): CorefScore {
  const sysMentions = system.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity: e.id })));
  const goldMentions = gold.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity: e.id })));
  // Cluster of each gold mention on the system side; missed ones get their own.
  const sysCluster = goldMentions.map((g, i) => {
    let best: { v: number; entity: string; start: number; end: number } | null = null;
    for (const s of sysMentions) {
      const v = iou(g, s);
      if (v <= 0) continue;
      // Ties by position, then entity id: never by the system's list order.
      if (!best || v > best.v || (v === best.v && (s.start - best.start || s.end - best.end || (s.entity < best.entity ? -1 : 1)) < 0)) {
        best = { v, entity: s.entity, start: s.start, end: s.end };
      }
    }
    return best ? `s:${best.entity}` : `missed:${i}`;
  });
  const p: Ratio = { num: 0, den: goldMentions.length };
  const r: Ratio = { num: 0, den: goldMentions.length };
  goldMentions.forEach((g, i) => {
    let both = 0;
    let inSys = 0;
    let inGold = 0;
    goldMentions.forEach((h, j) => {
      const sameGold = h.entity === g.entity;
      const sameSys = sysCluster[j] === sysCluster[i];
      if (sameGold) inGold++;
      if (sameSys) inSys++;
      if (sameGold && sameSys) both++;
    });
    p.num += both / inSys;
    r.num += both / inGold;
  });
  return { p, r };
}
