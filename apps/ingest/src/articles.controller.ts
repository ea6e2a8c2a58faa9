import { BadRequestException, Body, Controller, Headers, HttpCode, Post, Query } from '@nestjs/common';
import { ArticleRejectedError, ArticleSubmissionSchema, wireDocumentOf } from '@newsflow/contracts';
import { ZodValidationPipe } from '@newsflow/http';
import { SubmitArticle, SubmitWireDocument } from '@newsflow/stage-ingest';

const submissionPipe = new ZodValidationPipe(ArticleSubmissionSchema, 'article');

/**
 * `POST /v1/articles` takes our submission JSON (`application/json`) or a wire document named by
 * its content type (ninjs, NewsML-G2, RSS, Atom, JSON Feed); `?source=` names the source of a
 * document that does not name its own.
 */
@Controller('v1/articles')
export class ArticlesController {
  constructor(
    private readonly submitArticle: SubmitArticle,
    private readonly submitWireDocument: SubmitWireDocument,
  ) {}

  @Post()
  @HttpCode(202)
  async submit(
    @Body() body: unknown,
    @Headers('content-type') contentType: string,
    @Query('source') source?: string,
    @Headers('x-correlation-id') correlationId?: string,
  ): Promise<{ id?: string; ids?: string[] }> {
    const correlation = correlationId?.slice(0, 200);
    const document = Buffer.isBuffer(body) ? wireDocumentOf(contentType, body, source ?? null) : null;
    if (!document) return this.submitArticle.execute(submissionPipe.transform(body), correlation);
    try {
      return await this.submitWireDocument.execute(document, correlation);
    } catch (error) {
      if (!(error instanceof ArticleRejectedError)) throw error;
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: error.reason,
        errors: error.errors,
      });
    }
  }
}
