import { Injectable } from '@nestjs/common';
import type { ArticleSubmission, NormalisedArticle, WireDocument } from '@newsflow/contracts';
import { readWireDocument } from '@newsflow/wire-formats';

import type { NormaliseCommand } from './normalise';
import { NormaliseArticles } from './normalise-articles';

/** One message of the raw topic: our submission JSON, or a wire document of one or many articles. */
export interface NormaliseDocumentCommand extends Omit<NormaliseCommand, 'submission'> {
  payload: ArticleSubmission | WireDocument;
}

/** An article of a message, with the submission it was read from (kept as provenance). */
export interface SubmittedArticle {
  article: NormalisedArticle;
  submission: ArticleSubmission;
  /** The media type of the wire document it came in, or null for our submission JSON. */
  wireMediaType: string | null;
}

const isWireDocument = (payload: ArticleSubmission | WireDocument): payload is WireDocument =>
  'kind' in payload && payload.kind === 'wire-document';

function submissionsOf(payload: ArticleSubmission | WireDocument): ArticleSubmission[] {
  return isWireDocument(payload) ? readWireDocument(payload) : [payload];
}

/**
 * Reads each message into its articles and normalises them all at once. A message settles as a
 * whole: all its articles, or the first reason one of them failed (a document is redelivered or
 * dead-lettered as the sender sent it, and its articles' stable ids make a retry harmless).
 */
@Injectable()
export class NormaliseDocuments {
  constructor(private readonly normaliseArticles: NormaliseArticles) {}

  async execute(commands: NormaliseDocumentCommand[]): Promise<PromiseSettledResult<SubmittedArticle[]>[]> {
    const read = commands.map((command): PromiseSettledResult<NormaliseCommand[]> => {
      try {
        const submissions = submissionsOf(command.payload);
        return { status: 'fulfilled', value: submissions.map((submission) => ({ ...command, submission })) };
      } catch (reason) {
        return { status: 'rejected', reason };
      }
    });
    const articles = read.flatMap((document) => (document.status === 'fulfilled' ? document.value : []));
    const results = await this.normaliseArticles.execute(articles);
    let next = 0;
    return read.map((document, position): PromiseSettledResult<SubmittedArticle[]> => {
      if (document.status === 'rejected') return document;
      const own = results.slice(next, next + document.value.length);
      next += document.value.length;
      const payload = commands[position].payload;
      const wireMediaType = isWireDocument(payload) ? payload.mediaType : null;
      const done = own.flatMap((result, index) =>
        result.status === 'fulfilled'
          ? [{ article: result.value, submission: document.value[index].submission, wireMediaType }]
          : [],
      );
      return own.find((result) => result.status === 'rejected') ?? { status: 'fulfilled', value: done };
    });
  }
}
