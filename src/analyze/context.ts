// What stages share across documents: options and lazily loaded resources
// (KB, tagger model, lexicons). Loading happens once per process.

export interface AnalyzeOptions {
  /** reference date (YYYY-MM-DD) for relative dates when the doc has none */
  published?: string;
  /** extra knowledge-base files (same format as data/kb) */
  kbFiles?: string[];
  /** rethrow a stage's error instead of turning it into a warning (tests set ISNAD_STRICT=1) */
  strict?: boolean;
}

export interface Context {
  options: AnalyzeOptions;
  /** resources loaded by stages, keyed by name */
  resources: Map<string, unknown>;
}

export function createContext(options: AnalyzeOptions = {}): Context {
  return { options, resources: new Map() };
}

/** Load a resource once per context. */
export function resource<T>(ctx: Context, name: string, load: () => T): T {
  let r = ctx.resources.get(name) as T | undefined;
  if (r === undefined) {
    r = load();
    ctx.resources.set(name, r);
  }
  return r;
}
