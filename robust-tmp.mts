import { createContext } from './src/analyze/context.ts';
import { createDoc } from './src/analyze/doc.ts';
import { textStage } from './src/analyze/stages/text.ts';
import { statementsStage } from './src/analyze/stages/statements.ts';
const ctx = createContext();
for (const w of ['قال', 'قال إن '.repeat(2000), 'قال: «'.repeat(1000), 'وأضاف أن الوزير، '.repeat(3000), 'قال إن '.repeat(20000), 'وقال «'.repeat(5000) + 'x', '"قال" '.repeat(20000)]) {
  const d = createDoc(w, { lang: 'ar' }); textStage.run(d, ctx); const t0 = performance.now(); statementsStage.run(d, ctx);
  console.log(w.length, d.statements.length, Math.round(performance.now() - t0), 'ms');
}
