import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Req,
  Res,
  UploadedFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type {
  AwardHistoryResponse,
  AwardTypeResponse,
  EligibilityResult,
  HouseholdResponse,
  NominationListItemResponse,
  NominationResponse,
  PersonResponse,
} from '@thidua/awards/contracts';
import type { ImportReport } from '@thidua/registry/contracts';
import { ParseTermYearPipe } from '@thidua/registry/api';
import type { Page } from '@thidua/shared/contracts';
import {
  ApiException,
  type AuthUser,
  CurrentUser,
  FileUpload,
  MAX_SPREADSHEET_BYTES,
  RequirePermissions,
  type SpreadsheetFile,
  XLSX_TYPE,
  boolParam,
  pickLanguage,
  sendWorkbook,
} from '@thidua/shared/api-core';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import type { Request, Response } from 'express';

import { AwardCatalogueService } from './award-catalogue.service';
import { AwardHistoryService } from './award-history.service';
import { BeneficiariesService } from './beneficiaries.service';
import {
  AwardHistoryQueryDto,
  BeneficiaryListQueryDto,
  ImportQueryDto,
  NominationListQueryDto,
  NominationTransitionDto,
  SaveAwardHistoryDto,
  SaveAwardRuleVersionDto,
  SaveAwardTypeDto,
  SaveHouseholdDto,
  SaveNominationDto,
  SavePersonDto,
  SavePersonYearRecordDto,
  SaveReviewFlagDto,
} from './dto/awards.dto';
import { NominationsService } from './nominations.service';

export class AwardTypesQueryDto {
  @IsOptional()
  @Transform(boolParam)
  @IsBoolean()
  includeInactive?: boolean;
}

@ApiTags('award-types')
@ApiBearerAuth()
@RequirePermissions('registry.read')
@Controller({ path: 'award-types', version: '1' })
export class AwardTypesController {
  constructor(private readonly catalogue: AwardCatalogueService) {}

  @Get()
  @ApiOperation({ summary: 'The award catalogue with its rule versions' })
  list(@Query() query: AwardTypesQueryDto): Promise<AwardTypeResponse[]> {
    return this.catalogue.list(query.includeInactive ?? false);
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<AwardTypeResponse> {
    return this.catalogue.get(id);
  }

  @Post()
  @RequirePermissions('reference.manage')
  @ApiOperation({ summary: 'Add an award (admin)' })
  create(@Body() dto: SaveAwardTypeDto, @CurrentUser() user: AuthUser): Promise<AwardTypeResponse> {
    return this.catalogue.create(dto, user);
  }

  @Put(':id')
  @RequirePermissions('reference.manage')
  @ApiOperation({ summary: 'Change an award (admin)' })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SaveAwardTypeDto,
    @CurrentUser() user: AuthUser,
  ): Promise<AwardTypeResponse> {
    return this.catalogue.update(id, dto, user);
  }

  @Post(':id/versions')
  @RequirePermissions('reference.manage')
  @ApiOperation({
    summary: 'Rules in force from a date (the previous version ends the day before)',
  })
  addVersion(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SaveAwardRuleVersionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<AwardTypeResponse> {
    return this.catalogue.addVersion(id, dto, user);
  }

  @Put(':id/versions/:versionId')
  @RequirePermissions('reference.manage')
  updateVersion(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('versionId', ParseUUIDPipe) versionId: string,
    @Body() dto: SaveAwardRuleVersionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<AwardTypeResponse> {
    return this.catalogue.updateVersion(id, versionId, dto, user);
  }
}

@ApiTags('people')
@ApiBearerAuth()
@RequirePermissions('registry.read')
@Controller({ path: 'people', version: '1' })
export class PeopleController {
  constructor(private readonly beneficiaries: BeneficiariesService) {}

  @Get()
  @ApiOperation({ summary: 'People (search ignores diacritics)' })
  list(@Query() query: BeneficiaryListQueryDto): Promise<Page<PersonResponse>> {
    return this.beneficiaries.listPeople(query);
  }

  @Post()
  @ApiOperation({ summary: 'Add a person (admin; unit users for their own unit)' })
  create(@Body() dto: SavePersonDto, @CurrentUser() user: AuthUser): Promise<PersonResponse> {
    return this.beneficiaries.savePerson(null, dto, user);
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<PersonResponse> {
    return this.beneficiaries.getPerson(id);
  }

  @Put(':id')
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SavePersonDto,
    @CurrentUser() user: AuthUser,
  ): Promise<PersonResponse> {
    return this.beneficiaries.savePerson(id, dto, user);
  }

  @Get(':id/records')
  @ApiOperation({ summary: 'Yearly assessments and recognised initiatives' })
  records(@Param('id', ParseUUIDPipe) id: string) {
    return this.beneficiaries.yearRecords(id);
  }

  @Put(':id/records/:year')
  @ApiOperation({
    summary: "Record a year's assessment (hoàn thành xuất sắc, tốt, …) and initiatives",
  })
  saveRecord(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('year', ParseTermYearPipe) year: number,
    @Body() dto: SavePersonYearRecordDto,
    @CurrentUser() user: AuthUser,
  ) {
    return this.beneficiaries.saveYearRecord(id, year, dto, user);
  }
}

@ApiTags('households')
@ApiBearerAuth()
@RequirePermissions('registry.read')
@Controller({ path: 'households', version: '1' })
export class HouseholdsController {
  constructor(private readonly beneficiaries: BeneficiariesService) {}

  @Get()
  list(@Query() query: BeneficiaryListQueryDto): Promise<Page<HouseholdResponse>> {
    return this.beneficiaries.listHouseholds(query);
  }

  @Post()
  create(@Body() dto: SaveHouseholdDto, @CurrentUser() user: AuthUser): Promise<HouseholdResponse> {
    return this.beneficiaries.saveHousehold(null, dto, user);
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<HouseholdResponse> {
    return this.beneficiaries.getHousehold(id);
  }

  @Put(':id')
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SaveHouseholdDto,
    @CurrentUser() user: AuthUser,
  ): Promise<HouseholdResponse> {
    return this.beneficiaries.saveHousehold(id, dto, user);
  }
}

@ApiTags('review-flags')
@ApiBearerAuth()
@RequirePermissions('registry.read')
@Controller({ path: 'review-flags', version: '1' })
export class ReviewFlagsController {
  constructor(private readonly beneficiaries: BeneficiariesService) {}

  @Post()
  @ApiOperation({
    summary: 'Record a dated discipline, investigation, inspection or complaint review (admin)',
  })
  create(@Body() dto: SaveReviewFlagDto, @CurrentUser() user: AuthUser) {
    return this.beneficiaries.addFlag(dto, user);
  }
}

@ApiTags('award-history')
@ApiBearerAuth()
@RequirePermissions('registry.read')
@Controller({ path: 'award-history', version: '1' })
export class AwardHistoryController {
  constructor(private readonly history: AwardHistoryService) {}

  @Get()
  @ApiOperation({
    summary:
      'Awards received; filters year, awardTypeId, beneficiaryKind, unitId, personId, householdId',
  })
  list(@Query() query: AwardHistoryQueryDto): Promise<Page<AwardHistoryResponse>> {
    return this.history.list(query);
  }

  @Post()
  @RequirePermissions('reference.manage')
  @ApiOperation({ summary: 'Add an award received (admin)' })
  create(
    @Body() dto: SaveAwardHistoryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<AwardHistoryResponse> {
    return this.history.create(dto, user);
  }

  @Get('import/template')
  @RequirePermissions('reference.manage')
  @ApiProduces(XLSX_TYPE)
  @ApiOperation({
    summary:
      'The .xlsx template of the history import: its columns with lists, examples, award and unit codes (admin)',
  })
  async template(@Res() res: Response): Promise<void> {
    sendWorkbook(res, await this.history.templateWorkbook(), 'Mẫu nhập lịch sử khen thưởng.xlsx');
  }

  @Post('import')
  @RequirePermissions('reference.manage')
  @FileUpload(MAX_SPREADSHEET_BYTES)
  @ApiOperation({
    summary: 'Import history from .xlsx/.csv; `dryRun=true` reports every row (admin)',
  })
  async import(
    @Query() query: ImportQueryDto,
    @UploadedFile() file: SpreadsheetFile | undefined,
    @CurrentUser() user: AuthUser,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ImportReport> {
    if (!file)
      throw new ApiException(
        422,
        'import.unsupportedFile',
        {},
        { file: ['import.unsupportedFile'] },
      );
    const dryRun = query.dryRun ?? true;
    const report = await this.history.import(
      file,
      dryRun,
      user,
      pickLanguage(req.headers['accept-language']),
    );
    res.status(dryRun ? 200 : 201);
    return report;
  }
}

@ApiTags('nominations')
@ApiBearerAuth()
@RequirePermissions('registry.read')
@Controller({ path: 'nominations', version: '1' })
export class NominationsController {
  constructor(private readonly nominations: NominationsService) {}

  @Get()
  @ApiOperation({
    summary: 'Nominations; filters year, blocId, awardTypeId, status, beneficiaryKind',
  })
  list(
    @Query() query: NominationListQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Page<NominationListItemResponse>> {
    return this.nominations.list(query, user);
  }

  @Post()
  @ApiOperation({ summary: 'File a nomination as a draft (the proposing unit)' })
  create(
    @Body() dto: SaveNominationDto,
    @CurrentUser() user: AuthUser,
  ): Promise<NominationResponse> {
    return this.nominations.create(dto, user);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A nomination with its eligibility results and timeline' })
  get(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<NominationResponse> {
    return this.nominations.get(id, user);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Change a draft or returned nomination' })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SaveNominationDto,
    @CurrentUser() user: AuthUser,
  ): Promise<NominationResponse> {
    return this.nominations.update(id, dto, user);
  }

  @Get(':id/eligibility')
  @ApiOperation({
    summary: "Each rule's result: pass, warning or blocker, with explanation and citation",
  })
  async eligibility(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<EligibilityResult[]> {
    return (await this.nominations.get(id, user)).eligibility;
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @ApiOperation({
    summary: 'submit, return, accept, recordVote, send, approve, reject, decide, award',
  })
  transition(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: NominationTransitionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<NominationResponse> {
    return this.nominations.transition(id, dto, user);
  }
}
