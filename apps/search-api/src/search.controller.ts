import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiKeyGuard } from '@newsflow/api-keys';
import { ZodValidationPipe } from '@newsflow/http';
import type { ArticleSearchResult } from '@newsflow/search-index';
import { SearchArticles, type SearchQuery, SearchQuerySchema } from '@newsflow/stage-search';

@Controller('v1/search')
@UseGuards(ApiKeyGuard)
export class SearchController {
  constructor(private readonly searchArticles: SearchArticles) {}

  @Get()
  search(
    @Query(new ZodValidationPipe(SearchQuerySchema, 'search query')) query: SearchQuery,
  ): Promise<ArticleSearchResult> {
    return this.searchArticles.execute(query);
  }
}
