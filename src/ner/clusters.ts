// Word clusters (see build-clusters.ts): normalised word form → cluster
// numbers at two granularities; shipped inside the model file.

export type Clusters = Map<string, number[]>;

export const CLUSTER_HEADER = '# word clusters (64, 512, 16, 4096; nested) from unlabelled news; built by src/ner/build-clusters.ts';
export const LEXICON_HEADER = '# word clusters (64, 512, 16, 4096) and corpus label code; from src/ner/build-clusters.ts and build-corpus-tags.ts';

export function formatClusters(c: Clusters, header = CLUSTER_HEADER): string {
  const lines = [header];
  for (const [w, ks] of c) lines.push(`${w}\t${ks.join('\t')}`);
  return lines.join('\n') + '\n';
}

/**
 * The per-word lexicon the model carries: cluster columns, then the corpus label
 * code (corpus-tags.ts) as a fifth column where the word has one.
 */
export function withCorpusTags(c: Clusters, tags: ReadonlyMap<string, number>): Clusters {
  const out: Clusters = new Map();
  for (const [w, ks] of c) out.set(w, [...ks, ...Array(Math.max(0, 4 - ks.length)).fill(-1), tags.get(w) ?? 0]);
  for (const [w, code] of tags) if (!out.has(w)) out.set(w, [-1, -1, -1, -1, code]);
  return out;
}

export function parseClusters(tsv: string): Clusters {
  const m: Clusters = new Map();
  for (const line of tsv.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [w, ...ks] = line.split('\t');
    if (w && ks.length) m.set(w, ks.map(Number));
  }
  return m;
}
