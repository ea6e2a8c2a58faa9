import { Inject, Injectable } from '@nestjs/common';
import { classifyArticle } from '@newsflow/article-classification';
import { StoryRepository } from '@newsflow/article-store';
import type { ClassifiedArticle, NormalisedArticle } from '@newsflow/contracts';

export interface ClassifyCommand {
  article: NormalisedArticle;
}

/** The classifier revision (CLASSIFIER_REVISION) stamped on every classification. */
export const CLASSIFIER_REVISION = Symbol('CLASSIFIER_REVISION');

/** Works out what normalised articles are about and which story each belongs to. */
@Injectable()
export class ClassifyArticles {
  constructor(
    private readonly stories: StoryRepository,
    @Inject(CLASSIFIER_REVISION) private readonly revision: number,
  ) {}

  /**
   * One story-assignment transaction for the batch, in order, so that two copies of one story in a
   * batch see each other's assignment; if it fails, every article of the batch fails with it.
   */
  async execute(commands: ClassifyCommand[]): Promise<PromiseSettledResult<ClassifiedArticle>[]> {
    const results: PromiseSettledResult<ClassifiedArticle>[] = [];
    const analysed: { position: number; article: NormalisedArticle; analysis: ArticleAnalysis }[] = [];
    for (const [position, { article }] of commands.entries()) {
      try {
        analysed.push({ position, article, analysis: analyse(article) });
      } catch (reason) {
        results[position] = { status: 'rejected', reason };
      }
      // A batch is tens of milliseconds of CPU: between articles, another partition's assignment
      // transaction (which holds its locks while it waits for this thread) takes its next step.
      await new Promise((resolve) => setImmediate(resolve));
    }
    try {
      const assigned = await this.stories.assignMany(
        analysed.map(({ article, analysis }) => ({ articleId: article.id, fingerprint: analysis.fingerprint })),
      );
      analysed.forEach(({ position, article, analysis: { fingerprint: _fingerprint, ...classification } }, n) => {
        results[position] = {
          status: 'fulfilled',
          value: {
            ...article,
            classification: { ...classification, storyId: assigned[n].storyId, revision: this.revision },
          },
        };
      });
    } catch (reason) {
      for (const { position } of analysed) results[position] = { status: 'rejected', reason };
    }
    return results;
  }
}

type ArticleAnalysis = ReturnType<typeof classifyArticle>;

function analyse(article: NormalisedArticle): ArticleAnalysis {
  return classifyArticle({
    title: article.text.title ?? '',
    paragraphs: article.text.paragraphs,
    language: article.text.language.code,
  });
}
