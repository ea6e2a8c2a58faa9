import { Injectable } from '@nestjs/common';
import { ArticleRepository } from '@newsflow/article-store';

/** A story's reports are listed up to this many; a wire story rarely has more copies worth reading. */
export const STORY_REPORTS_LIMIT = 100;

export interface Story {
  id: string;
  reports: {
    id: string;
    title: string | null;
    source: string;
    url: string | null;
    language: string;
    publishedAt: string | null;
    receivedAt: string;
  }[];
}

/** Every report of one story, from PostgreSQL, the source of truth. */
@Injectable()
export class GetStory {
  constructor(private readonly articles: ArticleRepository) {}

  async execute(storyId: string): Promise<Story | null> {
    const rows = await this.articles.findByStory(storyId, STORY_REPORTS_LIMIT);
    if (rows.length === 0) return null;
    return {
      id: storyId,
      reports: rows.map((row) => ({
        ...row,
        publishedAt: row.publishedAt?.toISOString() ?? null,
        receivedAt: row.receivedAt.toISOString(),
      })),
    };
  }
}
