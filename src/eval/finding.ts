// What verbose eval prints per file and layer: the items that cost points,
// with their text so that whoever tunes a stage sees what went wrong.

export interface Finding {
  /** missed: gold item not found; spurious: system item with no gold; wrong: matched but a field differs */
  what: 'missed' | 'spurious' | 'wrong';
  /** [start, end) of the item in the text, for sorting and lookup */
  at: number;
  /** one line: the item's text and what is wrong with it */
  message: string;
}

export function finding(what: Finding['what'], at: number, message: string): Finding {
  return { what, at, message };
}
