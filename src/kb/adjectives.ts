// Nationality adjectives: from the masculine singular (روسي, كوري شمالي)
// to every form news text uses (الروسية، روسيون، الكوريين الشماليين، روسيا…).

const SUFFIXES = ['', 'ة', 'ون', 'ين', 'ا', 'تان', 'تين'];

/** All inflected forms of a (possibly multi-word) nisba adjective, with and without the article. */
export function adjectiveForms(masculine: string): string[] {
  const words = masculine.trim().split(/\s+/);
  const out = new Set<string>();
  for (const suf of SUFFIXES) {
    // accusative indefinite «كوريا شماليا» would collide with the country name: skip 'ا' for the first word of one-word adjectives ending in ي? keep it only for multi-word
    if (suf === 'ا' && words.length === 1) continue;
    const bare = words.map((w) => w + suf).join(' ');
    out.add(bare);
    out.add(words.map((w) => (w.startsWith('ال') ? w : 'ال' + w) + suf).join(' '));
  }
  return [...out];
}
