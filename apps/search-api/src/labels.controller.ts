import { Controller, Get, Header, Query, UseGuards } from '@nestjs/common';
import { ApiKeyGuard } from '@newsflow/api-keys';
import { ZodValidationPipe } from '@newsflow/http';
import { type Labels, labels, LocaleSchema } from '@newsflow/stage-search';
import { z } from 'zod';

const LabelsQuery = z.object({ locale: LocaleSchema }).strict();

/** Topic labels and country names in the UI language, fetched once by the UI. */
@Controller('v1/labels')
@UseGuards(ApiKeyGuard)
export class LabelsController {
  @Get()
  @Header('cache-control', 'public, max-age=3600')
  labels(@Query(new ZodValidationPipe(LabelsQuery, 'labels query')) query: z.infer<typeof LabelsQuery>): Labels {
    return labels(query.locale);
  }
}
