import {
  type Attributes,
  type Context,
  context,
  createContextKey,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';

import { contextFromHeaders } from './kafka-trace-headers';

const tracer = () => trace.getTracer('newsflow');

/** One article's place in its own trace while a batch of many articles is handled. */
export interface ArticleTrace {
  /** The article id when the message names it (`ce_subject`, else its key), to match log lines to articles. */
  id: string | null;
  context: Context;
}

export interface ArticleSpan extends ArticleTrace {
  /** Ends the span, as failed when a reason is given. */
  end(failure?: string): void;
}

const BATCH_ARTICLES = createContextKey('newsflow batch articles');

/** Starts an article's span as a child of the context its message carried, so each article keeps its own trace. */
export function startArticleSpan(
  name: string,
  headers: Record<string, string>,
  id: string | null,
  attributes: Attributes,
): ArticleSpan {
  const parent = contextFromHeaders(headers);
  const span = tracer().startSpan(name, { kind: SpanKind.CONSUMER, attributes }, parent);
  return { id, context: trace.setSpan(parent, span), end: (failure) => endSpan(span, failure) };
}

/**
 * Runs batch work knowing the batch's articles: a log line naming an article, and the spans of
 * batch-level writes, find their article's trace. With one article, its span is the active one.
 */
export function withinArticles<T>(articles: readonly ArticleTrace[], work: () => T): T {
  const base = articles.length === 1 ? articles[0].context : context.active();
  return context.with(base.setValue(BATCH_ARTICLES, articles), work);
}

export function articlesOfBatch(active: Context = context.active()): readonly ArticleTrace[] {
  return (active.getValue(BATCH_ARTICLES) as readonly ArticleTrace[] | undefined) ?? [];
}

/**
 * Work done once for a whole batch (one bulk request, one multi-row upsert) shows in every
 * article's trace: one child span per article, so that each trace ends at its own write.
 */
export async function traceBatchWork<T>(name: string, attributes: Attributes, work: () => Promise<T>): Promise<T> {
  const articles = articlesOfBatch();
  const parents = articles.length > 0 ? articles.map((article) => article.context) : [context.active()];
  const spans = parents.map((parent) =>
    tracer().startSpan(
      name,
      { kind: SpanKind.CLIENT, attributes: { ...attributes, 'newsflow.batch.articles': parents.length } },
      parent,
    ),
  );
  try {
    const result = await work();
    for (const span of spans) endSpan(span);
    return result;
  } catch (error) {
    for (const span of spans) endSpan(span, (error as Error)?.message ?? String(error));
    throw error;
  }
}

function endSpan(span: Span, failure?: string): void {
  if (failure !== undefined) span.setStatus({ code: SpanStatusCode.ERROR, message: failure });
  span.end();
}
