import { Inject, Injectable } from '@nestjs/common';
import { ArticleRejectedError, type NormalisedArticle } from '@newsflow/contracts';

import type { NormaliseCommand } from './normalise';
import type { TextWorkAnswer } from './normalise.worker';

/** Runs the text work of many articles, each under a time budget (see BudgetedWorkers). */
export interface TextWork {
  runAll(commands: NormaliseCommand[]): Promise<PromiseSettledResult<TextWorkAnswer>[]>;
}

export const TEXT_WORK = Symbol('TEXT_WORK');

/** Turns submitted pages into clean, language-tagged text, in parallel and within a time budget per article. */
@Injectable()
export class NormaliseArticles {
  constructor(@Inject(TEXT_WORK) private readonly textWork: TextWork) {}

  async execute(commands: NormaliseCommand[]): Promise<PromiseSettledResult<NormalisedArticle>[]> {
    const answers = await this.textWork.runAll(commands);
    return answers.map((answer) => {
      if (answer.status === 'rejected') return answer;
      if ('rejected' in answer.value) {
        return { status: 'rejected', reason: new ArticleRejectedError(answer.value.rejected, answer.value.errors) };
      }
      return { status: 'fulfilled', value: answer.value.article };
    });
  }
}
