// Synthetic Arabic news-like articles for ingest tests (deterministic).
const WORDS = ('قال وزير الخارجية إن الحكومة تدعم الحوار بين الأطراف وأكد الرئيس أن المفاوضات ستستمر في العاصمة ' +
  'وأعلنت الوزارة عن خطة جديدة لدعم الاقتصاد وقالت المتحدثة باسم الأمم المتحدة إن الوضع الإنساني صعب ' +
  'وأشار المسؤول إلى أن الاجتماع المقبل سيعقد الأسبوع القادم في جنيف بحضور ممثلين عن الدول الأعضاء').split(' ');

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function synthText(i: number, words = 60): string {
  const r = rng(i + 1);
  const out: string[] = [`خبر رقم ${i}:`];
  for (let k = 0; k < words; k++) out.push(WORDS[Math.floor(r() * WORDS.length)] + (k % 12 === 11 ? '.' : ''));
  return out.join(' ');
}

export function synthRecord(i: number): Record<string, string> {
  return {
    docno: `SYN-${i}`, url: `http://news.example/${i}`, source: i % 2 ? 'skynews' : 'bbc', category: 'world',
    title: `عنوان ${i}`, time: `Sun, ${String(1 + (i % 28)).padStart(2, '0')} Feb 2018 21:35:43 +0400`, author: '', abstract: '', text: synthText(i),
  };
}
