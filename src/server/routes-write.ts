// Write routes: analyse posted text/HTML/URL (optionally storing it) and
// ingest URLs or feeds. Guarded by the API key when the server is exposed.
import type { FastifyInstance, FastifySchema } from 'fastify';
import type { Store } from '../store/store.js';
import type { Context } from '../analyze/context.js';
import { analyzeDoc } from '../analyze/pipeline.js';
import { toAnalysis } from '../analyze/doc.js';
import type { DocMeta } from '../model/analysis.js';
import { HttpProblem } from './problem.js';

/** Fetches and stores URLs or feeds; returns a summary. Provided by src/ingest. */
export type IngestUrls = (urls: string[]) => Promise<{ read: number; new: number; duplicate: number; failed: Array<{ source: string; reason: string }> }>;

const MAX_TEXT = 1_000_000;

// HTML and URL readers load only when a request needs them (linkedom and
// readability cost a second of start-up)
async function htmlToArticle(html: string, url?: string) {
  const { extractArticleFromHtml } = await import('../ingest/html.js');
  return extractArticleFromHtml(html, url);
}

export async function registerWriteRoutes(app: FastifyInstance, store: Store, ctx: Context, ingestUrls?: IngestUrls): Promise<void> {
  app.post('/api/analyze', {
    schema: <FastifySchema>{
      summary: 'Analyse an article (plain text, HTML or a URL) and return the SPEC isnad.analysis/1 JSON; store it when asked',
      tags: ['analyze'],
      body: {
        type: 'object',
        additionalProperties: false,
        properties: {
          text: { type: 'string', maxLength: MAX_TEXT },
          html: { type: 'string', maxLength: MAX_TEXT * 2 },
          url: { type: 'string', maxLength: 2000 },
          title: { type: 'string', maxLength: 1000 },
          outlet: { type: 'string', maxLength: 200 },
          published: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
          store: { type: 'boolean', default: false },
        },
      },
    },
  }, async (req) => {
    const b = req.body as { text?: string; html?: string; url?: string; title?: string; outlet?: string; published?: string; store?: boolean };
    let text = b.text;
    const meta: Partial<DocMeta> = { title: b.title, outlet: b.outlet, published: b.published };
    if (text === undefined && b.html !== undefined) {
      const art = await htmlToArticle(b.html, b.url);
      text = art.text;
      meta.title ??= art.title;
      meta.published ??= art.published;
      meta.outlet ??= art.outlet;
      meta.url = b.url;
    } else if (text === undefined && b.url !== undefined) {
      const { fetchArticle } = await import('../ingest/fetch-article.js');
      let art;
      try {
        art = await fetchArticle(b.url);
      } catch (e) {
        throw new HttpProblem(422, 'Unprocessable Entity', `could not fetch ${b.url}: ${(e as Error).message}`);
      }
      text = art.text;
      Object.assign(meta, { title: meta.title ?? art.title, published: meta.published ?? art.published, outlet: meta.outlet ?? art.outlet, url: art.url });
    }
    if (text === undefined) throw new HttpProblem(400, 'Bad Request', 'give one of text, html or url');
    if (text.length > MAX_TEXT) throw new HttpProblem(413, 'Payload Too Large', `text over ${MAX_TEXT} characters`);
    for (const k of Object.keys(meta) as Array<keyof DocMeta>) if (meta[k] === undefined) delete meta[k];
    const doc = analyzeDoc(text, { id: b.url ?? 'posted', ...meta }, ctx);
    const analysis = toAnalysis(doc);
    if (b.store) {
      const put = await store.putAnalysis(analysis);
      return { ...analysis, articleId: put.articleId, created: put.created, warnings: doc.warnings };
    }
    return { ...analysis, warnings: doc.warnings };
  });

  app.post('/api/ingest', {
    schema: <FastifySchema>{
      summary: 'Fetch, analyse and store URLs of articles or RSS/Atom feeds',
      tags: ['analyze'],
      body: { type: 'object', required: ['urls'], additionalProperties: false, properties: { urls: { type: 'array', minItems: 1, maxItems: 100, items: { type: 'string', maxLength: 2000 } } } },
    },
  }, async (req) => {
    if (!ingestUrls) throw new HttpProblem(501, 'Not Implemented', 'URL ingestion is not available in this server');
    return ingestUrls((req.body as { urls: string[] }).urls);
  });
}
