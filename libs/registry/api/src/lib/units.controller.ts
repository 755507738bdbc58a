import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
  Res,
  UploadedFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type {
  ImportReport,
  UnitDetailResponse,
  UnitListItemResponse,
  UnitResponse,
  UnitTreeNode,
} from '@thidua/registry/contracts';
import type { Page } from '@thidua/shared/contracts';
import {
  ApiException,
  type AuthUser,
  CurrentUser,
  FileUpload,
  RequirePermissions,
  boolParam,
  pickLanguage,
  sendWorkbook,
} from '@thidua/shared/api-core';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import type { Request, Response } from 'express';

import { UnitListQueryDto, UnitTreeQueryDto } from './dto/unit-list-query.dto';
import { CreateUnitDto, UpdateUnitDto } from './dto/units.dto';
import { MAX_IMPORT_BYTES, RegistryImportService } from './registry-import.service';
import { RegistryExportService } from './registry-export.service';
import { UnitsService } from './units.service';

export class ImportQueryDto {
  @IsOptional()
  @Transform(boolParam)
  @IsBoolean()
  dryRun?: boolean;
}

interface UploadedSpreadsheet {
  originalname: string;
  buffer: Buffer;
  size: number;
}

@ApiTags('units')
@ApiBearerAuth()
@RequirePermissions('registry.read')
@Controller({ path: 'units', version: '1' })
export class UnitsController {
  constructor(
    private readonly units: UnitsService,
    private readonly importer: RegistryImportService,
    private readonly exporter: RegistryExportService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'List units (paged, Vietnamese order, diacritic-insensitive search)' })
  list(@Query() query: UnitListQueryDto): Promise<Page<UnitListItemResponse>> {
    return this.units.list(query);
  }

  @Get('tree')
  @ApiOperation({ summary: 'Every unit with its parent, for the tree view' })
  tree(@Query() query: UnitTreeQueryDto): Promise<UnitTreeNode[]> {
    return this.units.tree(query.includeArchived ?? false);
  }

  @Get('export')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOperation({ summary: 'Units matching the filters as .xlsx, with their bloc in `year`' })
  async export(@Query() query: UnitListQueryDto, @Res() res: Response): Promise<void> {
    sendWorkbook(res, await this.exporter.unitsWorkbook(query), 'Danh sách đơn vị.xlsx');
  }

  @Get('import/template')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOperation({ summary: 'The .xlsx template of the unit import' })
  async template(@Res() res: Response): Promise<void> {
    sendWorkbook(res, await this.exporter.templateWorkbook(), 'Mẫu nhập đơn vị.xlsx');
  }

  @Post('import')
  @FileUpload(MAX_IMPORT_BYTES)
  @ApiOperation({
    summary: 'Import units and memberships from .xlsx/.csv; `dryRun=true` only reports every row',
  })
  async import(
    @Query() query: ImportQueryDto,
    @UploadedFile() file: UploadedSpreadsheet | undefined,
    @CurrentUser() user: AuthUser,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ImportReport> {
    if (user.role !== 'admin' && user.role !== 'secretariat')
      throw new ApiException(403, 'common.forbidden');
    if (!file)
      throw new ApiException(
        422,
        'import.unsupportedFile',
        {},
        { file: ['import.unsupportedFile'] },
      );
    const dryRun = query.dryRun ?? true;
    const report = await this.importer.importUnits(
      file,
      dryRun,
      user,
      pickLanguage(req.headers['accept-language']),
    );
    res.status(dryRun ? 200 : 201);
    return report;
  }

  @Post()
  @ApiOperation({ summary: 'Register a unit (admin, bloc secretariat)' })
  create(@Body() dto: CreateUnitDto, @CurrentUser() user: AuthUser): Promise<UnitResponse> {
    return this.units.create(dto, user);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A unit with its sub-units and its blocs and roles by year' })
  get(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<UnitDetailResponse> {
    return this.units.get(id, user);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Change or archive a unit (admin; the secretariat of a bloc it belongs to)',
  })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateUnitDto,
    @CurrentUser() user: AuthUser,
  ): Promise<UnitResponse> {
    return this.units.update(id, dto, user);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a unit nothing refers to (admin); otherwise archive it (409)' })
  remove(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.units.remove(id, user);
  }
}
