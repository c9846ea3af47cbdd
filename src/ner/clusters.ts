// Word clusters (see build-clusters.ts): normalised word form → cluster
// numbers at two granularities; shipped inside the model file.

export type Clusters = Map<string, number[]>;

export const CLUSTER_HEADER = '# word clusters (64, 512) from unlabelled news; built by src/ner/build-clusters.ts';

export function formatClusters(c: Clusters): string {
  const lines = [CLUSTER_HEADER];
  for (const [w, ks] of c) lines.push(`${w}\t${ks.join('\t')}`);
  return lines.join('\n') + '\n';
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
