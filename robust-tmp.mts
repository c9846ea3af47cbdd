import { analyzeText } from '/work/main/src/analyze/pipeline.ts';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
const weird = ['', ' ', '«', '»»««', '"', 'قال', 'وأضاف:', 'قال إن', 'وفقا ل', 'بحسب', 'نقلت عن', '\u200f\u0640\u064b', 'hello "world" said', '«قال «إن»', 'قال: «'.repeat(1000), 'x'.repeat(100000), 'قال إن '.repeat(20000)];
for (const w of weird) { const a = analyzeText(w); if (!Array.isArray(a.statements)) throw new Error('bad'); }
console.log('weird ok');
// throughput over real articles
const lines = gunzipSync(readFileSync('/work/shared/data/corpus/ant-multisource.jsonl.gz')).toString('utf8').split('\n').slice(0, 300).filter(Boolean);
const { createContext } = await import('/work/main/src/analyze/context.ts');
const { runPipeline, stageTimes } = await import('/work/main/src/analyze/pipeline.ts');
const { createDoc } = await import('/work/main/src/analyze/doc.ts');
const ctx = createContext();
let n = 0, st = 0;
for (const l of lines) { const j = JSON.parse(l); const d = createDoc(j.text ?? '', { lang: 'ar' }); runPipeline(d, ctx, undefined, true); n++; st += d.statements.length; }
console.log(n, 'docs', st, 'statements', Object.fromEntries([...stageTimes].map(([k, v]) => [k, Math.round(v)])));
