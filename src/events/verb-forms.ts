// Conjugated forms of an Arabic verb from its 3rd-person masculine singular
// past and imperfect (normalised spelling). Over-generation is harmless: the
// forms only serve as lookup keys, and odd ones never occur in text.

const PAST_SUFFIXES = ['', 'ت', 'ا', 'تا', 'وا', 'ن', 'نا', 'تم', 'تما'];
const IMPERFECT_PREFIXES = ['ي', 'ت', 'ن', 'ا'];
const IMPERFECT_SUFFIXES = ['', 'ون', 'ان', 'ين', 'ن', 'وا', 'ا'];

function endsWeak(s: string): boolean {
  const c = s[s.length - 1];
  return c === 'ي' || c === 'ا' || c === 'و';
}

/** Past-tense forms: قدم → قدمت، قدموا، قدما، …; defective دعا → دعت، دعوا. */
export function pastForms(past: string): string[] {
  const out = PAST_SUFFIXES.map((s) => past + s);
  if (endsWeak(past)) {
    const base = past.slice(0, -1);
    out.push(base + 'ت', base + 'وا', base + 'تا', base + 'يت', base + 'ينا', base + 'وت', base + 'ونا');
  }
  return out;
}

/** Imperfect forms for all persons from the 3ms imperfect: يقدم → تقدم، نقدم، يقدمون، … */
export function imperfectForms(imperfect: string): string[] {
  if (imperfect.length < 3 || imperfect[0] !== 'ي') return [imperfect];
  const stem = imperfect.slice(1);
  const out: string[] = [];
  for (const p of IMPERFECT_PREFIXES) {
    for (const s of IMPERFECT_SUFFIXES) out.push(p + stem + s);
    if (endsWeak(stem)) {
      const base = stem.slice(0, -1);
      // jussive after لم drops the final weak letter: لم يلتق
      out.push(p + base, p + base + 'ون', p + base + 'ين', p + base + 'وا', p + base + 'يان', p + base + 'وان');
    }
    // hollow verbs drop the middle long vowel in the jussive: يزور → لم يزر
    if (stem.length === 3 && 'اوي'.includes(stem[1])) out.push(p + stem[0] + stem[2]);
  }
  return out;
}
