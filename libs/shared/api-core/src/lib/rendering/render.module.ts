import { type DynamicModule, Global, Module } from '@nestjs/common';

import { RENDER_POOL_OPTIONS, type RenderPoolOptions, RenderService } from './render.service';

/** The render pool, global: every domain's downloads and jobs render through one `RenderService`. */
@Global()
@Module({})
export class RenderModule {
  /** `options` is read when the app starts. */
  static register(options: () => RenderPoolOptions): DynamicModule {
    return {
      module: RenderModule,
      providers: [RenderService, { provide: RENDER_POOL_OPTIONS, useFactory: options }],
      exports: [RenderService],
    };
  }
}
