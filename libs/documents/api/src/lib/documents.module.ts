import { type DynamicModule, Module } from '@nestjs/common';
import { AwardsModule } from '@thidua/awards/api';
import { RegistryModule } from '@thidua/registry/api';

import './documents.messages';
import { AwardListDecisionService } from './award-list-decision.service';
import { AwardListsController } from './award-lists.controller';
import { AwardListsService } from './award-lists.service';
import { RENDER_WORKER_PATH, RenderService } from './render.service';

@Module({})
export class DocumentsModule {
  /** `workerPath`: the bundled render worker; documents render inline when it does not exist. */
  static register(workerPath: string | null): DynamicModule {
    return {
      module: DocumentsModule,
      imports: [RegistryModule, AwardsModule],
      controllers: [AwardListsController],
      providers: [
        AwardListsService,
        AwardListDecisionService,
        RenderService,
        { provide: RENDER_WORKER_PATH, useValue: workerPath },
      ],
      exports: [AwardListsService, RenderService],
    };
  }
}
