// Arabic labels with English glosses for the codes the API returns.
export const ENTITY_TYPES: Record<string, [string, string]> = {
  PER: ['شخص', 'person'],
  ORG: ['منظمة', 'organisation'],
  GPE: ['دولة/مدينة', 'state or city'],
  LOC: ['مكان', 'place'],
  MISC: ['أخرى', 'other'],
};

export const EVENT_TYPES: Record<string, [string, string]> = {
  AGREE: ['اتفاق', 'agree'],
  CONSULT: ['تشاور ولقاء', 'consult'],
  SUPPORT: ['دعم وتأييد', 'support'],
  CONCEDE: ['تنازل', 'concede'],
  COOPERATE: ['تعاون', 'cooperate'],
  AID: ['مساعدة', 'aid'],
  RETREAT: ['تراجع وانسحاب', 'retreat'],
  REQUEST: ['طلب ودعوة', 'request'],
  ACCUSE: ['اتهام وإدانة', 'accuse'],
  REJECT: ['رفض', 'reject'],
  THREATEN: ['تهديد وتحذير', 'threaten'],
  PROTEST: ['احتجاج', 'protest'],
  SANCTION: ['عقوبات', 'sanction'],
  MOBILIZE: ['حشد وتدريبات', 'mobilize'],
  COERCE: ['إكراه', 'coerce'],
  ASSAULT: ['هجوم', 'assault'],
};

export const STATEMENT_KINDS: Record<string, [string, string]> = {
  direct: ['مباشر', 'direct quote'],
  indirect: ['غير مباشر', 'reported'],
  mixed: ['مختلط', 'mixed'],
};

export const MENTION_KINDS: Record<string, [string, string]> = {
  name: ['اسم', 'name'],
  title: ['لقب', 'title'],
  nominal: ['وصف', 'nominal'],
  metonym: ['كناية', 'metonym'],
  pronoun: ['ضمير', 'pronoun'],
};

export const EVENT_COLORS: Record<string, string> = {
  CONSULT: '#2b7a78', SUPPORT: '#3a86ff', AID: '#06a77d', AGREE: '#5e60ce', COOPERATE: '#4ea8de',
  ACCUSE: '#d62828', THREATEN: '#f77f00', REQUEST: '#8338ec', REJECT: '#9d0208', PROTEST: '#e85d04',
  SANCTION: '#6a040f', MOBILIZE: '#bc6c25', COERCE: '#7f5539', ASSAULT: '#370617', RETREAT: '#588157', CONCEDE: '#a3b18a',
};

export function gloss(map: Record<string, [string, string]>, code: string): string {
  const l = map[code];
  return l ? `${l[0]} (${l[1]})` : code;
}
