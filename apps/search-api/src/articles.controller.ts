import { Controller, Get, NotFoundException, Param, UseGuards } from '@nestjs/common';
import { ApiKeyGuard } from '@newsflow/api-keys';
import { ZodValidationPipe } from '@newsflow/http';
import type { NinjsArticle } from '@newsflow/ninjs';
import { type ArticleVersionView, GetArticle, GetArticleVersions } from '@newsflow/stage-search';
import { z } from 'zod';

const ArticleId = z.string().regex(/^[0-9a-f]{32}$/, 'must be a 32-character article id');
const articleId = new ZodValidationPipe(ArticleId, 'article id');

const notFound = (id: string) =>
  new NotFoundException({ statusCode: 404, error: 'Not Found', message: `no article ${id}` });

@Controller('v1/articles')
@UseGuards(ApiKeyGuard)
export class ArticlesController {
  constructor(
    private readonly getArticle: GetArticle,
    private readonly getVersions: GetArticleVersions,
  ) {}

  @Get(':id')
  async article(@Param('id', articleId) id: string): Promise<NinjsArticle> {
    const article = await this.getArticle.execute(id);
    if (!article) throw notFound(id);
    return article;
  }

  @Get(':id/versions')
  async versions(@Param('id', articleId) id: string): Promise<{ id: string; versions: ArticleVersionView[] }> {
    const versions = await this.getVersions.execute(id);
    if (versions.length === 0) throw notFound(id);
    return { id, versions };
  }
}
