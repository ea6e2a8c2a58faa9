import { Controller, Get, NotFoundException, Param, UseGuards } from '@nestjs/common';
import { ApiKeyGuard } from '@newsflow/api-keys';
import { ZodValidationPipe } from '@newsflow/http';
import { GetStory, type Story } from '@newsflow/stage-search';
import { z } from 'zod';

// A story is named after the first article that started it.
const StoryId = z.string().regex(/^[0-9a-f]{32}$/, 'must be a 32-character story id');

@Controller('v1/stories')
@UseGuards(ApiKeyGuard)
export class StoriesController {
  constructor(private readonly getStory: GetStory) {}

  @Get(':id')
  async story(@Param('id', new ZodValidationPipe(StoryId, 'story id')) id: string): Promise<Story> {
    const story = await this.getStory.execute(id);
    if (!story) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: `no story ${id}` });
    return story;
  }
}
