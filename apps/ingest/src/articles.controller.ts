import {
  BadRequestException,
  Body,
  Controller,
  Delete,
  ForbiddenException,
  Headers,
  HttpCode,
  Param,
  Post,
  Query,
  Res,
  UseGuards,
} from '@nestjs/common';
import { ApiKeyGuard, CurrentPublisher, type Publisher, RequiresScope } from '@newsflow/api-keys';
import {
  ArticleRejectedError,
  ArticleSubmissionSchema,
  ArticleWithdrawalSchema,
  wireDocumentOf,
} from '@newsflow/contracts';
import { ZodValidationPipe } from '@newsflow/http';
import {
  type BatchItem,
  type BatchOutcome,
  SourceNotAllowedError,
  SubmitArticle,
  SubmitArticleBatch,
  SubmitWireDocument,
  WithdrawArticle,
} from '@newsflow/stage-ingest';
import type { Response } from 'express';

const submissionPipe = new ZodValidationPipe(ArticleSubmissionSchema, 'article');
const articleIdPipe = new ZodValidationPipe(ArticleWithdrawalSchema.shape.id, 'article id');

/**
 * `POST /v1/articles` takes our submission JSON (`application/json`) or a wire document named by
 * its content type (ninjs, NewsML-G2, RSS, Atom, JSON Feed); `?source=` names the source of a
 * document that does not name its own, by default the API key's. Every route takes a key with the
 * publish scope when INGEST_AUTH=required, and the key's source only.
 */
@Controller('v1/articles')
@UseGuards(ApiKeyGuard)
export class ArticlesController {
  constructor(
    private readonly submitArticle: SubmitArticle,
    private readonly submitWireDocument: SubmitWireDocument,
    private readonly submitArticleBatch: SubmitArticleBatch,
    private readonly withdrawArticle: WithdrawArticle,
  ) {}

  @Post()
  @HttpCode(202)
  async submit(
    @Body() body: unknown,
    @Headers('content-type') contentType: string,
    @Query('source') source?: string,
    @Headers('x-correlation-id') correlationId?: string,
    @CurrentPublisher() publisher?: Publisher,
  ): Promise<{ id?: string; ids?: string[] }> {
    const correlation = correlationId?.slice(0, 200);
    const document = Buffer.isBuffer(body)
      ? wireDocumentOf(contentType, body, source ?? publisher?.source ?? null)
      : null;
    try {
      if (!document) return await this.submitArticle.execute(submissionPipe.transform(body), correlation, publisher);
      return await this.submitWireDocument.execute(document, correlation, publisher);
    } catch (error) {
      if (error instanceof SourceNotAllowedError) throw new ForbiddenException(error.message);
      if (!(error instanceof ArticleRejectedError)) throw error;
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: error.reason,
        errors: error.errors,
      });
    }
  }

  /** The body was split into numbered lines by the batch body reader (413/400 before any line is looked at). */
  @Post('batch')
  async submitBatch(
    @Body() items: BatchItem[],
    @Res({ passthrough: true }) response: Response,
    @Headers('x-correlation-id') correlationId?: string,
    @CurrentPublisher() publisher?: Publisher,
  ): Promise<BatchOutcome> {
    const outcome = await this.submitArticleBatch
      .execute({ items, correlationId: correlationId?.slice(0, 200), publisher })
      .catch((error: unknown) => {
        throw error instanceof SourceNotAllowedError ? new ForbiddenException(error.message) : error;
      });
    response.status(outcome.accepted > 0 ? 202 : 400);
    return outcome;
  }

  /** A kill: the article leaves search within seconds and stays stored, marked withdrawn (admin only). */
  @Delete(':id')
  @RequiresScope('admin')
  @HttpCode(202)
  async withdraw(
    @Param('id', articleIdPipe) id: string,
    @Headers('x-correlation-id') correlationId?: string,
  ): Promise<{ id: string }> {
    return this.withdrawArticle.execute({ id, correlationId: correlationId?.slice(0, 200) });
  }
}
