import { Module } from '@nestjs/common';
import { RegistryModule } from '@thidua/registry/api';

import './scoring.messages';
import { RankingController } from './ranking.controller';
import { RankingExportService } from './ranking-export.service';
import { RankingService } from './ranking.service';
import { ScoreSheetsController } from './score-sheets.controller';
import { ScoreSheetsService } from './score-sheets.service';
import { ScoresController } from './scores.controller';
import { ScoringRepository } from './scoring.repository';
import { UnitScoresService } from './unit-scores.service';

@Module({
  imports: [RegistryModule],
  controllers: [ScoreSheetsController, ScoresController, RankingController],
  providers: [
    ScoringRepository,
    ScoreSheetsService,
    UnitScoresService,
    RankingService,
    RankingExportService,
  ],
  exports: [RankingService],
})
export class ScoringModule {}
