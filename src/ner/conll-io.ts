// Reading and writing CoNLL token files for `isnad tag --conll`: one token
// per line (further columns, such as a gold tag, are ignored), blank lines
// between sentences. Blank lines are kept as they are in the output.

export function parseConllTokens(text: string): { sentences: string[][]; lines: Array<string | null> } {
  // lines[i] = token on line i, or null for a blank line
  const raw = text.split(/\r?\n/);
  if (raw.length && raw[raw.length - 1] === '') raw.pop(); // final newline
  const lines: Array<string | null> = raw.map((l) => {
    const t = l.trim();
    if (!t) return null;
    return t.split(/\s+/)[0];
  });
  const sentences: string[][] = [];
  let cur: string[] = [];
  for (const l of lines) {
    if (l === null) {
      if (cur.length) sentences.push(cur);
      cur = [];
    } else cur.push(l);
  }
  if (cur.length) sentences.push(cur);
  return { sentences, lines };
}

/** Output tag in the ANERcorp tag set: PER → PERS, GPE → LOC. */
export function toAnercorpTag(tag: string): string {
  if (tag === 'O') return 'O';
  const [bio, type] = [tag.slice(0, 1), tag.slice(2)];
  const t = type === 'PER' ? 'PERS' : type === 'GPE' ? 'LOC' : type;
  return `${bio}-${t}`;
}

/** Tag every sentence and write `token<TAB>tag` lines, keeping blank lines where they were. */
export function formatTagged(lines: Array<string | null>, sentences: string[][], tags: string[][]): string {
  const flat: string[] = [];
  for (let s = 0; s < sentences.length; s++) for (const t of tags[s]) flat.push(toAnercorpTag(t));
  let k = 0;
  let out = '';
  for (const l of lines) out += l === null ? '\n' : `${l}\t${flat[k++] ?? 'O'}\n`;
  return out;
}
