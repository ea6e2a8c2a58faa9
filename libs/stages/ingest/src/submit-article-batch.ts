import { Injectable } from '@nestjs/common';
import type { Publisher } from '@newsflow/api-keys';
import {
  ArticleContracts,
  articleIdFor,
  ArticleSubmissionSchema,
  type FieldError,
  fieldErrors,
} from '@newsflow/contracts';
import { outgoing } from '@newsflow/messaging';

import { BoundedPublishing } from './bounded-publishing';
import { ensureOwnSources } from './source-not-allowed.error';

/** One item of a batch as the sender numbered it: a JSON value, or why it could not be read. */
export type BatchItem = { line: number; value: unknown } | { line: number; errors: FieldError[] };

export interface SubmitArticleBatchCommand {
  items: BatchItem[];
  correlationId?: string;
  /** The key that sent the batch; every valid line must be its source's. */
  publisher?: Publisher;
}

export type LineOutcome = { line: number; id: string } | { line: number; errors: FieldError[] };

export interface BatchOutcome {
  accepted: number;
  rejected: number;
  results: LineOutcome[];
}

/**
 * Accepts a batch of submissions (a backfill, an archive import): every item is checked against
 * the same submission contract as a single article; the valid ones are published together and
 * answered with their ids, the others with their line and field paths. The whole batch is refused
 * (TooBusyError) rather than queued when Kafka is already behind, and (SourceNotAllowedError) when
 * any line names a source other than its key's.
 */
@Injectable()
export class SubmitArticleBatch {
  constructor(private readonly publishing: BoundedPublishing) {}

  async execute({ items, correlationId, publisher }: SubmitArticleBatchCommand): Promise<BatchOutcome> {
    const results: LineOutcome[] = [];
    const events = [];
    const sources: string[] = [];
    for (const item of items) {
      if ('errors' in item) {
        results.push(item);
        continue;
      }
      const parsed = ArticleSubmissionSchema.safeParse(item.value);
      if (!parsed.success) {
        results.push({ line: item.line, errors: fieldErrors(parsed.error) });
        continue;
      }
      const id = articleIdFor(parsed.data);
      sources.push(parsed.data.source);
      events.push(
        outgoing(ArticleContracts.rawArticle, {
          key: id,
          payload: parsed.data,
          correlationId,
          submittedBy: publisher?.keyId,
        }),
      );
      results.push({ line: item.line, id });
    }
    ensureOwnSources(publisher, sources);
    await this.publishing.publishAll(events);
    return { accepted: events.length, rejected: results.length - events.length, results };
  }
}
