// Nationality adjectives: from the masculine singular (روسي, كوري شمالي)
// to every form news text uses (الروسية، روسيون، الكوريين الشماليين، روسيا…).

const SUFFIXES = ['', 'ة', 'ون', 'ين', 'ا', 'تان', 'تين'];

/** All inflected forms of a (possibly multi-word) nisba adjective, with and without the article. */
export function adjectiveForms(masculine: string): string[] {
  const words = masculine.trim().split(/\s+/);
  const out = new Set<string>();
  for (const suf of SUFFIXES) {
    // the indefinite accusative of a one-word adjective (روسيا) is the country's name: only multi-word forms («كوريا شماليا») keep it
    if (suf === 'ا' && words.length === 1) continue;
    const bare = words.map((w) => w + suf).join(' ');
    out.add(bare);
    out.add(words.map((w) => (w.startsWith('ال') ? w : 'ال' + w) + suf).join(' '));
  }
  return [...out];
}
