// The NER model file (data/models/ner.bin): a JSON header, the transitions of
// each tagging pass (pass 2 reads pass 1's output, see stacking.ts), then one
// joint weight table: the kept feature buckets (Uint32, ascending) and, per
// bucket, the weights of every pass side by side (Int16, one scale per pass),
// so that at run time one lookup per feature serves both passes; then the
// gazetteer and the word clusters as UTF-8 TSV, so one file carries
// everything the features need.
//
//   "ISNADNER" | u32 header bytes | header JSON | pad to 4
//   | trans f32[(L+1)L] per pass | buckets u32[rows] | weights i16[rows · passes · L] | pad to 4
//   | gazetteer utf8 | clusters utf8
// The file on disk is that layout gzip-compressed (most weights are small or zero, so it
// shrinks about 3×, and the size cap keeps far more rows); uncompressed files still read.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync, gunzipSync } from 'node:zlib';
import { LABELS } from './tags.js';
import type { DenseModel } from './perceptron.js';

const MAGIC = 'ISNADNER';
export const FORMAT_VERSION = 2;

export interface ModelHeader {
  version: number;
  bits: number;
  labels: string[];
  passes: number;
  rows: number;
  scales: number[]; // per pass: weight = int16 × scale
  gazetteerBytes: number;
  clustersBytes: number;
  info?: Record<string, unknown>;
}

/** A loaded model: weights of bucket b for pass p, label y at weights[rowOf[b] * stride + p * L + y]. */
export interface SparseModel {
  header: ModelHeader;
  trans: Float32Array[]; // per pass
  rowOf: Int32Array; // 2^bits entries, −1 = no weights
  weights: Int16Array; // rows × stride
  stride: number; // passes × L
  gazetteerTsv: string;
  clustersTsv: string;
}

export interface ModelLexicons {
  gazetteerTsv: string;
  clustersTsv: string;
}

const pad4 = (n: number) => (4 - (n % 4)) % 4;

/**
 * Serialise one dense model per pass (same bit width), keeping buckets where
 * some pass has a weight of magnitude ≥ `prune` (0 keeps every non-zero row),
 * and at most `maxRows` of them: those whose largest weight, relative to its
 * pass's largest, is biggest (small weights change few decisions).
 */
export function encodeModel(models: DenseModel | DenseModel[], lex: ModelLexicons, prune = 0, info?: Record<string, unknown>, maxRows = Infinity): Buffer {
  const list = Array.isArray(models) ? models : [models];
  if (!list.length || list.some((m) => m.bits !== list[0].bits)) throw new Error('encodeModel: passes need one common bit width');
  const L = LABELS.length;
  const P = list.length;
  const nb = 1 << list[0].bits;
  let keep: number[] = [];
  const maxAbs = new Array<number>(P).fill(0);
  const rowMax = (b: number, p: number) => {
    let mp = 0;
    for (let y = 0; y < L; y++) mp = Math.max(mp, Math.abs(list[p].w[b * L + y]));
    return mp;
  };
  for (let b = 0; b < nb; b++) {
    let mx = 0;
    for (let p = 0; p < P; p++) {
      const mp = rowMax(b, p);
      if (mp > maxAbs[p]) maxAbs[p] = mp;
      mx = Math.max(mx, mp);
    }
    if (mx > 0 && mx >= prune) keep.push(b);
  }
  if (keep.length > maxRows) {
    const score = new Float64Array(nb);
    for (const b of keep) for (let p = 0; p < P; p++) score[b] = Math.max(score[b], rowMax(b, p) / (maxAbs[p] || 1));
    keep = keep.sort((a, b) => score[b] - score[a]).slice(0, Math.max(0, Math.floor(maxRows))).sort((a, b) => a - b);
  }
  const scales = maxAbs.map((m) => (m > 0 ? m / 32767 : 1));
  const weights = new Int16Array(keep.length * P * L);
  keep.forEach((b, r) => {
    for (let p = 0; p < P; p++) for (let y = 0; y < L; y++) weights[(r * P + p) * L + y] = Math.round(list[p].w[b * L + y] / scales[p]);
  });
  const gaz = Buffer.from(lex.gazetteerTsv, 'utf8');
  const clu = Buffer.from(lex.clustersTsv, 'utf8');
  const header: ModelHeader = { version: FORMAT_VERSION, bits: list[0].bits, labels: [...LABELS], passes: P, rows: keep.length, scales, gazetteerBytes: gaz.length, clustersBytes: clu.length, info };
  const hjson = Buffer.from(JSON.stringify(header), 'utf8');
  const head = Buffer.alloc(12);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(hjson.length, 8);
  const w = Buffer.from(weights.buffer);
  return Buffer.concat([
    head, hjson, Buffer.alloc(pad4(12 + hjson.length)),
    ...list.map((m) => Buffer.from(new Float32Array(m.trans).buffer)),
    Buffer.from(Uint32Array.from(keep).buffer), w, Buffer.alloc(pad4(w.length)),
    gaz, clu,
  ]);
}

/** Largest uncompressed model accepted (a corrupt or hostile file must not exhaust memory). */
const MAX_RAW_BYTES = 1 << 30;

export function decodeModel(file: Buffer): SparseModel {
  let buf = file;
  if (file.length >= 2 && file[0] === 0x1f && file[1] === 0x8b) {
    try {
      buf = gunzipSync(file, { maxOutputLength: MAX_RAW_BYTES });
    } catch (e) {
      throw new Error(`NER model file is corrupt or truncated (${(e as Error).message})`);
    }
  }
  if (buf.length < 12 || buf.toString('latin1', 0, 8) !== MAGIC) throw new Error('not an Isnad NER model (bad magic)');
  const hlen = buf.readUInt32LE(8);
  if (12 + hlen > buf.length) throw new Error('NER model file is truncated');
  const header = decodeHeader(buf);
  // format 1 (one pass, one scale) is the same layout with passes = 1
  if (header.version === 1) {
    const v1 = header as unknown as { scale: number };
    header.passes = 1;
    header.scales = [v1.scale];
  }
  if (header.version !== FORMAT_VERSION && header.version !== 1) throw new Error(`NER model format ${header.version}, expected ${FORMAT_VERSION} (retrain with npm run train:ner)`);
  if (header.labels.join() !== LABELS.join()) throw new Error('NER model labels differ from this version of the tagger');
  if (!(header.passes >= 1 && header.passes <= 4) || header.scales?.length !== header.passes) throw new Error('NER model header is malformed');
  const L = LABELS.length;
  const stride = header.passes * L;
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
  const trans: Float32Array[] = [];
  for (let p = 0; p < header.passes; p++) trans.push(new Float32Array(take((L + 1) * L * 4)));
  const buckets = new Uint32Array(take(header.rows * 4));
  const weights = new Int16Array(take(header.rows * stride * 2));
  off += pad4(header.rows * stride * 2);
  if (off + header.gazetteerBytes + header.clustersBytes > buf.length) throw new Error('NER model file is truncated');
  const gazetteerTsv = buf.toString('utf8', off, off + header.gazetteerBytes);
  off += header.gazetteerBytes;
  const clustersTsv = buf.toString('utf8', off, off + header.clustersBytes);
  const rowOf = new Int32Array(1 << header.bits).fill(-1);
  for (let r = 0; r < buckets.length; r++) rowOf[buckets[r]] = r;
  return { header, trans, rowOf, weights, stride, gazetteerTsv, clustersTsv };
}

/** The model file's bytes: encodeModel's layout, gzip-compressed. */
export const compressModel = (raw: Buffer): Buffer => gzipSync(raw, { level: 6 });

/** Write the model (compressed); returns the file's size in bytes. */
export function saveModel(path: string, m: DenseModel | DenseModel[], lex: ModelLexicons, prune = 0, info?: Record<string, unknown>, maxRows = Infinity): number {
  const buf = compressModel(encodeModel(m, lex, prune, info, maxRows));
  writeFileSync(path, buf);
  return buf.length;
}

/**
 * Write the model with as many weight rows (largest weights first, see encodeModel) as
 * fit in `maxBytes` once compressed. Returns the file size and the rows kept.
 */
export function saveModelCapped(path: string, m: DenseModel | DenseModel[], lex: ModelLexicons, info: Record<string, unknown> | undefined, maxBytes: number): { bytes: number; rows: number } {
  let maxRows = Infinity;
  for (let attempt = 0; ; attempt++) {
    const raw = encodeModel(m, lex, 0, info, maxRows);
    const rows = decodeHeader(raw).rows;
    const buf = compressModel(raw);
    if (buf.length <= maxBytes || rows === 0 || attempt >= 6) {
      if (buf.length > maxBytes) throw new Error(`saveModelCapped: cannot fit the model in ${maxBytes} bytes`);
      writeFileSync(path, buf);
      return { bytes: buf.length, rows };
    }
    // compressed size grows about linearly with the rows kept; aim a little under the cap
    maxRows = Math.floor(rows * (maxBytes / buf.length) * 0.98);
  }
}

/** The JSON header of an uncompressed model. */
function decodeHeader(raw: Buffer): ModelHeader {
  return JSON.parse(raw.toString('utf8', 12, 12 + raw.readUInt32LE(8))) as ModelHeader;
}

export function readModelFile(path: string | URL): SparseModel {
  return decodeModel(readFileSync(path));
}
