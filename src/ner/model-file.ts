// The NER model file (data/models/ner.bin): a JSON header, then one weight
// table per tagging pass (pass 2 reads pass 1's output, see stacking.ts),
// each as transitions (Float32), the kept feature buckets (Uint32, ascending)
// and their weights quantised to Int16 with one scale; then the gazetteer and
// the word clusters as UTF-8 TSV, so one file carries everything the features need.
//
//   "ISNADNER" | u32 header bytes | header JSON | pad to 4
//   | per pass: trans f32[(L+1)L] | buckets u32[rows] | weights i16[rows·L] | pad to 4
//   | gazetteer utf8 | clusters utf8
import { readFileSync, writeFileSync } from 'node:fs';
import { LABELS } from './tags.js';
import type { DenseModel } from './perceptron.js';

const MAGIC = 'ISNADNER';
export const FORMAT_VERSION = 2;

export interface PassHeader {
  rows: number;
  scale: number; // weight = int16 × scale
}

export interface ModelHeader {
  version: number;
  bits: number;
  labels: string[];
  passes: PassHeader[];
  gazetteerBytes: number;
  clustersBytes: number;
  info?: Record<string, unknown>;
}

/** One pass's weights: sparse emission rows, looked up through `rowOf` (−1 = no weights). */
export interface SparsePass {
  trans: Float32Array;
  rowOf: Int32Array; // 2^bits entries
  weights: Int16Array; // rows × L
  scale: number;
}

export interface SparseModel {
  header: ModelHeader;
  passes: SparsePass[];
  gazetteerTsv: string;
  clustersTsv: string;
}

export interface ModelLexicons {
  gazetteerTsv: string;
  clustersTsv: string;
}

const pad4 = (n: number) => (4 - (n % 4)) % 4;

function encodePass(m: DenseModel, prune: number): { head: PassHeader; parts: Buffer[] } {
  const L = LABELS.length;
  const nb = 1 << m.bits;
  const keep: number[] = [];
  let maxAbs = 0;
  for (let b = 0; b < nb; b++) {
    let mx = 0;
    for (let y = 0; y < L; y++) mx = Math.max(mx, Math.abs(m.w[b * L + y]));
    if (mx > 0 && mx >= prune) {
      keep.push(b);
      if (mx > maxAbs) maxAbs = mx;
    }
  }
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const weights = new Int16Array(keep.length * L);
  keep.forEach((b, r) => {
    for (let y = 0; y < L; y++) weights[r * L + y] = Math.round(m.w[b * L + y] / scale);
  });
  const w = Buffer.from(weights.buffer);
  // trans (4-aligned size) + buckets (4 × rows) + weights (2 × rows × L): pad after the weights
  return { head: { rows: keep.length, scale }, parts: [Buffer.from(new Float32Array(m.trans).buffer), Buffer.from(Uint32Array.from(keep).buffer), w, Buffer.alloc(pad4(w.length))] };
}

/**
 * Serialise one dense model per pass, keeping buckets whose largest |weight|
 * reaches `prune` (in weight units; 0 keeps every non-zero row).
 */
export function encodeModel(models: DenseModel | DenseModel[], lex: ModelLexicons, prune = 0, info?: Record<string, unknown>): Buffer {
  const list = Array.isArray(models) ? models : [models];
  if (!list.length || list.some((m) => m.bits !== list[0].bits)) throw new Error('encodeModel: passes need one common bit width');
  const passes = list.map((m) => encodePass(m, prune));
  const gaz = Buffer.from(lex.gazetteerTsv, 'utf8');
  const clu = Buffer.from(lex.clustersTsv, 'utf8');
  const header: ModelHeader = { version: FORMAT_VERSION, bits: list[0].bits, labels: [...LABELS], passes: passes.map((p) => p.head), gazetteerBytes: gaz.length, clustersBytes: clu.length, info };
  const hjson = Buffer.from(JSON.stringify(header), 'utf8');
  const head = Buffer.alloc(12);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(hjson.length, 8);
  const p1 = Buffer.alloc(pad4(12 + hjson.length));
  return Buffer.concat([head, hjson, p1, ...passes.flatMap((p) => p.parts), gaz, clu]);
}

export function decodeModel(buf: Buffer): SparseModel {
  if (buf.length < 12 || buf.toString('latin1', 0, 8) !== MAGIC) throw new Error('not an Isnad NER model (bad magic)');
  const hlen = buf.readUInt32LE(8);
  if (12 + hlen > buf.length) throw new Error('NER model file is truncated');
  const header = JSON.parse(buf.toString('utf8', 12, 12 + hlen)) as ModelHeader;
  if (header.version !== FORMAT_VERSION) throw new Error(`NER model format ${header.version}, expected ${FORMAT_VERSION} (retrain with npm run train:ner)`);
  if (header.labels.join() !== LABELS.join()) throw new Error('NER model labels differ from this version of the tagger');
  if (!Array.isArray(header.passes) || !header.passes.length) throw new Error('NER model has no weight tables');
  const L = LABELS.length;
  let off = 12 + hlen;
  off += pad4(off);
  // copy into aligned arrays (the file buffer may start at any offset)
  const take = (bytes: number) => {
    if (off + bytes > buf.length) throw new Error('NER model file is truncated');
    const ab = new ArrayBuffer(bytes);
    new Uint8Array(ab).set(buf.subarray(off, off + bytes));
    off += bytes;
    return ab;
  };
  const passes: SparsePass[] = header.passes.map((p) => {
    const trans = new Float32Array(take((L + 1) * L * 4));
    const buckets = new Uint32Array(take(p.rows * 4));
    const weights = new Int16Array(take(p.rows * L * 2));
    off += pad4(p.rows * L * 2);
    const rowOf = new Int32Array(1 << header.bits).fill(-1);
    for (let r = 0; r < buckets.length; r++) rowOf[buckets[r]] = r;
    return { trans, rowOf, weights, scale: p.scale };
  });
  if (off + header.gazetteerBytes + header.clustersBytes > buf.length) throw new Error('NER model file is truncated');
  const gazetteerTsv = buf.toString('utf8', off, off + header.gazetteerBytes);
  off += header.gazetteerBytes;
  const clustersTsv = buf.toString('utf8', off, off + header.clustersBytes);
  return { header, passes, gazetteerTsv, clustersTsv };
}

export function saveModel(path: string, m: DenseModel | DenseModel[], lex: ModelLexicons, prune = 0, info?: Record<string, unknown>): number {
  const buf = encodeModel(m, lex, prune, info);
  writeFileSync(path, buf);
  return buf.length;
}

export function readModelFile(path: string | URL): SparseModel {
  return decodeModel(readFileSync(path));
}
