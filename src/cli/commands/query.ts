// `isnad query …`: read the library — entities by name, an entity's
// statements, claims by text, events by type/actor/date, full-text search.
// Text for people by default, --json for programs.
import type { Command } from 'commander';
import { openStore, storeOptionsFromEnv } from '../../store/open.js';
import type { ClaimRecord, EventRecord, GlobalEntity, Page, StatementRecord, Store } from '../../store/store.js';
import type { EntityType } from '../../model/analysis.js';
import { UserError } from '../errors.js';

interface Common {
  db?: string;
  pg?: string;
  json?: boolean;
  limit?: string;
  cursor?: string;
}

const TYPES = new Set(['PER', 'ORG', 'GPE', 'LOC', 'MISC']);
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function common(cmd: Command): Command {
  return cmd
    .option('--db <file>', 'SQLite database file (default isnad.db)')
    .option('--pg <url>', 'PostgreSQL URL (or set ISNAD_PG)')
    .option('--json', 'print JSON')
    .option('--limit <n>', 'items per page', '20')
    .option('--cursor <c>', 'the page after the one that printed this cursor');
}

async function withStore<T>(o: Common, fn: (s: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ ...storeOptionsFromEnv(o), mustExist: true });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

function paging(o: Common) {
  const limit = Number(o.limit ?? 20);
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new UserError(`--limit must be 1 to 500, got "${o.limit}"`);
  return { limit, cursor: o.cursor };
}

function date(v: string | undefined, name: string): string | undefined {
  if (v !== undefined && !DATE.test(v)) throw new UserError(`${name} must be YYYY, YYYY-MM or YYYY-MM-DD, got "${v}"`);
  return v;
}

/** An entity given by id or by name (the best match). */
async function entityRef(store: Store, ref: string, what: string): Promise<GlobalEntity> {
  if (/^\d+$/.test(ref)) {
    const e = await store.getEntity(Number(ref));
    if (!e) throw new UserError(`no entity with id ${ref}`);
    return e;
  }
  const e = (await store.findEntities(ref, { limit: 1 })).items[0];
  if (!e) throw new UserError(`no ${what} named "${ref}" in the library`);
  return e;
}

function out<T>(o: Common, page: Page<T> | T, text: () => string[]): void {
  if (o.json) {
    process.stdout.write(JSON.stringify(page, null, 1) + '\n');
    return;
  }
  const lines = text();
  process.stdout.write(lines.length ? lines.join('\n') + '\n' : '(nothing found)\n');
  const next = (page as Page<T>)?.next;
  if (next) process.stdout.write(`… more: --cursor ${next}\n`);
}

const fmtEntity = (e: GlobalEntity) =>
  `#${e.id} ${e.name}${e.nameEn ? ` (${e.nameEn})` : ''} [${e.type}${e.kb ? ' ' + e.kb : ''}] ${e.articleCount} articles, ${e.mentionCount} mentions, ${e.firstSeen ?? '?'} … ${e.lastSeen ?? '?'}` +
  (e.aliases.length > 1 ? `\n    also: ${e.aliases.filter((a) => a !== e.name).slice(0, 8).join(' · ')}` : '');

const fmtStatement = (s: StatementRecord) =>
  `${s.published ?? '????-??-??'} ${s.outlet ?? ''} #${s.id} ${s.speakerName ?? '(unknown speaker)'} «${s.cueText}»` +
  (s.sources.length ? ` via ${s.sources.map((x) => x.name).join(' ← ')}` : '') + `\n    ${s.content.replace(/\s+/g, ' ').slice(0, 300)}`;

const fmtClaim = (c: ClaimRecord) =>
  `#${c.id} ${c.speakerName ?? '(unknown speaker)'}: ${c.reportCount} report(s), ${c.firstSeen ?? '?'} … ${c.lastSeen ?? '?'}\n    ${c.content.replace(/\s+/g, ' ').slice(0, 300)}`;

const fmtEvent = (v: EventRecord) =>
  `${v.date ?? v.published ?? '????-??-??'} #${v.id} ${v.type} «${v.anchorText}» ${v.source.map((x) => x.name).join(', ') || '?'} → ${v.target.map((x) => x.name).join(', ') || '?'}` +
  (v.location ? ` @ ${v.location.name}` : '') + (v.outlet ? ` (${v.outlet})` : '');

export function registerQuery(program: Command): void {
  const query = program.command('query').description('search the library of ingested articles');

  common(query.command('entities').description('entities whose name or alias contains NAME (all, most reported first, without NAME)'))
    .argument('[name]', 'Arabic or English name')
    .option('--type <type>', 'PER, ORG, GPE, LOC or MISC')
    .action(async (name: string | undefined, o: Common & { type?: string }) => {
      const type = o.type?.toUpperCase();
      if (type && !TYPES.has(type)) throw new UserError(`--type must be one of PER ORG GPE LOC MISC, got "${o.type}"`);
      await withStore(o, async (s) => {
        const page = await s.findEntities(name ?? '', { ...paging(o), type: type as EntityType | undefined });
        out(o, page, () => page.items.map(fmtEntity));
      });
    });

  common(query.command('statements').description("statements, e.g. an entity's (--speaker), as a timeline"))
    .option('--speaker <entity>', 'speaker: entity id or name')
    .option('--about <entity>', 'statements that mention this entity')
    .option('--relay <entity>', 'statements relayed by this source')
    .option('--outlet <outlet>')
    .option('--text <words>', 'statements containing these words')
    .option('--from <date>')
    .option('--to <date>')
    .action(async (o: Common & { speaker?: string; about?: string; relay?: string; outlet?: string; text?: string; from?: string; to?: string }) => {
      await withStore(o, async (s) => {
        let page: Page<StatementRecord>;
        if (o.about) page = await s.statementsAbout((await entityRef(s, o.about, 'entity')).id, paging(o));
        else {
          page = await s.statements({
            ...paging(o),
            speaker: o.speaker ? (await entityRef(s, o.speaker, 'speaker')).id : undefined,
            relay: o.relay ? (await entityRef(s, o.relay, 'source')).id : undefined,
            outlet: o.outlet, text: o.text, from: date(o.from, '--from'), to: date(o.to, '--to'),
          });
        }
        out(o, page, () => page.items.map(fmtStatement));
      });
    });

  common(query.command('claims').description('claims (one statement as reported by several outlets) containing TEXT'))
    .argument('[text]', 'words the claim contains')
    .option('--speaker <entity>', 'entity id or name')
    .option('--id <id>', 'one claim with all its reports, earliest first')
    .action(async (text: string | undefined, o: Common & { speaker?: string; id?: string }) => {
      await withStore(o, async (s) => {
        if (o.id !== undefined) {
          if (!/^\d+$/.test(o.id)) throw new UserError(`--id must be a number, got "${o.id}"`);
          const c = await s.getClaim(Number(o.id));
          if (!c) throw new UserError(`no claim with id ${o.id}`);
          out(o, c, () => [fmtClaim(c), ...(c.reports ?? []).map((r) => '  ' + fmtStatement(r).replace(/\n/g, '\n  '))]);
          return;
        }
        const page = await s.claims({ ...paging(o), text, speaker: o.speaker ? (await entityRef(s, o.speaker, 'speaker')).id : undefined });
        out(o, page, () => page.items.map(fmtClaim));
      });
    });

  common(query.command('events').description('events by type, actor, place and date, in date order'))
    .option('--type <type>', 'PLOVER type, e.g. CONSULT')
    .option('--actor <entity>', 'entity id or name (either side)')
    .option('--location <entity>', 'entity id or name')
    .option('--from <date>')
    .option('--to <date>')
    .action(async (o: Common & { type?: string; actor?: string; location?: string; from?: string; to?: string }) => {
      await withStore(o, async (s) => {
        const page = await s.events({
          ...paging(o), type: o.type,
          actor: o.actor ? (await entityRef(s, o.actor, 'actor')).id : undefined,
          location: o.location ? (await entityRef(s, o.location, 'place')).id : undefined,
          from: date(o.from, '--from'), to: date(o.to, '--to'),
        });
        out(o, page, () => page.items.map(fmtEvent));
      });
    });

  common(query.command('search').description('full-text search over articles and statements (Arabic-normalised)'))
    .argument('<text>', 'words to find (all of them)')
    .action(async (text: string, o: Common) => {
      await withStore(o, async (s) => {
        const page = await s.search(text, paging(o));
        out(o, page, () => page.items.map((h) => `${h.kind} #${h.id} (article #${h.articleId}${h.title ? ' ' + h.title : ''})\n    ${h.snippet}`));
      });
    });

  common(query.command('stats').description('how many articles, entities, statements, claims and events are stored'))
    .action(async (o: Common) => {
      await withStore(o, async (s) => {
        const c = await s.counts();
        out(o, c, () => Object.entries(c).map(([k, v]) => `${k}: ${v}`));
      });
    });
}
