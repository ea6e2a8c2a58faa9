import { BadRequestException, type PipeTransform } from '@nestjs/common';
import { fieldErrors } from '@newsflow/contracts';
import type { z } from 'zod';

/** Validates a request body or query at the HTTP boundary; a 400 lists every bad field by path. */
export class ZodValidationPipe<Schema extends z.ZodType> implements PipeTransform<unknown, z.infer<Schema>> {
  constructor(
    private readonly schema: Schema,
    private readonly what: string,
  ) {}

  transform(value: unknown): z.infer<Schema> {
    const parsed = this.schema.safeParse(value);
    if (parsed.success) return parsed.data;
    throw new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      message: `invalid ${this.what}`,
      errors: fieldErrors(parsed.error),
    });
  }
}
