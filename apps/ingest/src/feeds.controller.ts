import {
  BadRequestException,
  Body,
  ConflictException,
  Controller,
  Delete,
  ForbiddenException,
  Get,
  HttpCode,
  Inject,
  NotFoundException,
  Param,
  Patch,
  Post,
  UseGuards,
} from '@nestjs/common';
import { ApiKeyGuard, CurrentPublisher, type Publisher } from '@newsflow/api-keys';
import type { FeedRecord } from '@newsflow/article-store';
import { ZodValidationPipe } from '@newsflow/http';
import {
  FEED_INTERVAL_LIMITS,
  FeedAlreadyRegisteredError,
  type FeedIntervalLimits,
  FeedNotFoundError,
  feedRegistrationSchema,
  FeedSourceMissingError,
  ManageFeeds,
  SourceNotAllowedError,
} from '@newsflow/stage-ingest';
import { z } from 'zod';

const feedIdPipe = new ZodValidationPipe(z.uuid(), 'feed id');
const feedChangePipe = new ZodValidationPipe(z.object({ paused: z.boolean() }).strict(), 'feed change');

function httpError(error: unknown): unknown {
  if (error instanceof SourceNotAllowedError) return new ForbiddenException(error.message);
  if (error instanceof FeedNotFoundError) return new NotFoundException(error.message);
  if (error instanceof FeedAlreadyRegisteredError) return new ConflictException(error.message);
  if (error instanceof FeedSourceMissingError) {
    return new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      message: error.message,
      errors: [{ path: 'source', message: error.message }],
    });
  }
  return error;
}

/**
 * Feeds that ingest polls, each publishing as its source: a key with the publish scope manages
 * its own source's feeds, an admin key any. Status fields show how the last polls went.
 */
@Controller('v1/feeds')
@UseGuards(ApiKeyGuard)
export class FeedsController {
  private readonly registrationPipe;

  constructor(
    private readonly manageFeeds: ManageFeeds,
    @Inject(FEED_INTERVAL_LIMITS) limits: FeedIntervalLimits,
  ) {
    this.registrationPipe = new ZodValidationPipe(feedRegistrationSchema(limits), 'feed');
  }

  @Post()
  @HttpCode(201)
  async register(@Body() body: unknown, @CurrentPublisher() publisher?: Publisher): Promise<FeedRecord> {
    return this.manageFeeds.register(this.registrationPipe.transform(body), publisher).catch((error) => {
      throw httpError(error);
    });
  }

  @Get()
  async list(@CurrentPublisher() publisher?: Publisher): Promise<{ feeds: FeedRecord[] }> {
    return { feeds: await this.manageFeeds.list(publisher) };
  }

  /** `{"paused": true}` stops polling the feed; `{"paused": false}` resumes it at once. */
  @Patch(':id')
  async change(
    @Param('id', feedIdPipe) id: string,
    @Body(feedChangePipe) change: { paused: boolean },
    @CurrentPublisher() publisher?: Publisher,
  ): Promise<FeedRecord> {
    return this.manageFeeds.setPaused(id, change.paused, publisher).catch((error) => {
      throw httpError(error);
    });
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id', feedIdPipe) id: string, @CurrentPublisher() publisher?: Publisher): Promise<void> {
    await this.manageFeeds.remove(id, publisher).catch((error) => {
      throw httpError(error);
    });
  }
}
