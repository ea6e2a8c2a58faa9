import { Injectable } from '@nestjs/common';
import type { WireDocument } from '@newsflow/contracts';
import { readWireDocument } from '@newsflow/wire-formats';

import { SubmitArticle } from './submit-article';

/**
 * Accepts a ninjs, NewsML-G2 or feed document: reads it into submissions (refusing it whole with
 * every bad field when any article is invalid) and hands each article to the pipeline as our own
 * submission JSON, so the raw topic carries one article per message from HTTP.
 */
@Injectable()
export class SubmitWireDocument {
  constructor(private readonly submitArticle: SubmitArticle) {}

  async execute(document: WireDocument, correlationId?: string): Promise<{ id?: string; ids: string[] }> {
    const submissions = readWireDocument(document);
    const published = await Promise.all(
      submissions.map((submission) => this.submitArticle.execute(submission, correlationId)),
    );
    const ids = published.map(({ id }) => id);
    return ids.length === 1 ? { id: ids[0], ids } : { ids };
  }
}
