import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { type ArticleSubmission, ArticleSubmissionSchema } from '@newsflow/contracts';
import { ZodValidationPipe } from '@newsflow/http';
import { type BatchItem, type BatchOutcome, SubmitArticle, SubmitArticleBatch } from '@newsflow/stage-ingest';
import type { Response } from 'express';

@Controller('v1/articles')
export class ArticlesController {
  constructor(
    private readonly submitArticle: SubmitArticle,
    private readonly submitArticleBatch: SubmitArticleBatch,
  ) {}

  @Post()
  @HttpCode(202)
  submit(
    @Body(new ZodValidationPipe(ArticleSubmissionSchema, 'article')) submission: ArticleSubmission,
    @Headers('x-correlation-id') correlationId?: string,
  ): Promise<{ id: string }> {
    return this.submitArticle.execute(submission, correlationId?.slice(0, 200));
  }

  /** The body was split into numbered lines by the batch body reader (413/400 before any line is looked at). */
  @Post('batch')
  async submitBatch(
    @Body() items: BatchItem[],
    @Res({ passthrough: true }) response: Response,
    @Headers('x-correlation-id') correlationId?: string,
  ): Promise<BatchOutcome> {
    const outcome = await this.submitArticleBatch.execute({ items, correlationId: correlationId?.slice(0, 200) });
    response.status(outcome.accepted > 0 ? 202 : 400);
    return outcome;
  }
}
