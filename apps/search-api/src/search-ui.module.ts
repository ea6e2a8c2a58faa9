import { type DynamicModule, Inject, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';

import { searchUi } from './search-ui.middleware';

const UI_DIR = Symbol('UI_DIR');

/** The built search UI, served by the API it talks to: one origin, so no CORS and a strict CSP. */
@Module({})
export class SearchUiModule implements NestModule {
  constructor(@Inject(UI_DIR) private readonly dir: string) {}

  static register(dir: string): DynamicModule {
    return { module: SearchUiModule, providers: [{ provide: UI_DIR, useValue: dir }] };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(searchUi(this.dir)).forRoutes('{*path}');
  }
}
