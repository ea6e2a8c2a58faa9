import { Injectable } from '@nestjs/common';
import type { Publisher } from '@newsflow/api-keys';
import type { WireDocument } from '@newsflow/contracts';
import { readWireDocument } from '@newsflow/wire-formats';

import { BoundedPublishing } from './bounded-publishing';
import { rawArticleEvent } from './raw-article-event';
import { ensureOwnSources } from './source-not-allowed.error';

/**
 * Accepts a ninjs, NewsML-G2 or feed document: reads it into submissions (refusing it whole with
 * every bad field when any article is invalid) and hands its articles to the pipeline in one send,
 * each as our own submission JSON, so the raw topic carries one article per message from HTTP.
 */
@Injectable()
export class SubmitWireDocument {
  constructor(private readonly publishing: BoundedPublishing) {}

  async execute(
    document: WireDocument,
    correlationId?: string,
    publisher?: Publisher,
  ): Promise<{ id?: string; ids: string[] }> {
    const submissions = readWireDocument(document);
    ensureOwnSources(
      publisher,
      submissions.map((submission) => submission.source),
    );
    const events = submissions.map((submission) =>
      rawArticleEvent(submission, { correlationId, submittedBy: publisher?.keyId }),
    );
    await this.publishing.publishAll(events.map(({ event }) => event));
    const ids = events.map(({ id }) => id);
    return ids.length === 1 ? { id: ids[0], ids } : { ids };
  }
}
