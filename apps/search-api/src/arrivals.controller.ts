import { Controller, Get, Header, Query, UseGuards } from '@nestjs/common';
import { ApiKeyGuard } from '@newsflow/api-keys';
import { ZodValidationPipe } from '@newsflow/http';
import type { ArticleArrivals } from '@newsflow/search-index';
import { type ArrivalsQuery, ArrivalsQuerySchema, WatchArrivals } from '@newsflow/stage-search';

/** Polled by the live view with the cursor of its previous answer. */
@Controller('v1/search/updates')
@UseGuards(ApiKeyGuard)
export class ArrivalsController {
  constructor(private readonly watchArrivals: WatchArrivals) {}

  @Get()
  @Header('cache-control', 'no-store')
  updates(
    @Query(new ZodValidationPipe(ArrivalsQuerySchema, 'updates query')) query: ArrivalsQuery,
  ): Promise<ArticleArrivals> {
    return this.watchArrivals.execute(query);
  }
}
