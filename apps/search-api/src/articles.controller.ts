import { Controller, Get, NotFoundException, Param, UseGuards } from '@nestjs/common';
import { ApiKeyGuard } from '@newsflow/api-keys';
import { ZodValidationPipe } from '@newsflow/http';
import type { NinjsArticle } from '@newsflow/ninjs';
import { GetArticle } from '@newsflow/stage-search';
import { z } from 'zod';

const ArticleId = z.string().regex(/^[0-9a-f]{32}$/, 'must be a 32-character article id');

@Controller('v1/articles')
@UseGuards(ApiKeyGuard)
export class ArticlesController {
  constructor(private readonly getArticle: GetArticle) {}

  @Get(':id')
  async article(@Param('id', new ZodValidationPipe(ArticleId, 'article id')) id: string): Promise<NinjsArticle> {
    const article = await this.getArticle.execute(id);
    if (!article) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: `no article ${id}` });
    return article;
  }
}
