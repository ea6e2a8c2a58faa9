import { Body, Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { type ArticleSubmission, ArticleSubmissionSchema } from '@newsflow/contracts';
import { ZodValidationPipe } from '@newsflow/http';
import { SubmitArticle } from '@newsflow/stage-ingest';

@Controller('v1/articles')
export class ArticlesController {
  constructor(private readonly submitArticle: SubmitArticle) {}

  @Post()
  @HttpCode(202)
  submit(
    @Body(new ZodValidationPipe(ArticleSubmissionSchema, 'article')) submission: ArticleSubmission,
    @Headers('x-correlation-id') correlationId?: string,
  ): Promise<{ id: string }> {
    return this.submitArticle.execute(submission, correlationId?.slice(0, 200));
  }
}
