import { Injectable } from '@nestjs/common';
import { type ArticleArrivals, ArticleArrivalsSearch } from '@newsflow/search-index';

import { toSearchRequest } from './search-articles';
import type { ArrivalsQuery } from './search-query.schema';

/** What arrived for a search since the live view last asked: the count behind its "N new" banner. */
@Injectable()
export class WatchArrivals {
  constructor(private readonly arrivals: ArticleArrivalsSearch) {}

  execute(query: ArrivalsQuery): Promise<ArticleArrivals> {
    return this.arrivals.since(toSearchRequest(query), query.since);
  }
}
