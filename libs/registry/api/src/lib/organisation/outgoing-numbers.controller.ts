import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { OutgoingNumberResponse } from '@thidua/registry/contracts';
import type { Page } from '@thidua/shared/contracts';
import { type AuthUser, CurrentUser, RequirePermissions } from '@thidua/shared/api-core';

import { OutgoingNumbersQueryDto, TakeOutgoingNumberDto } from './dto/outgoing-numbers.dto';
import { OutgoingNumbersService } from './outgoing-numbers.service';

@ApiTags('organisation')
@ApiBearerAuth()
@RequirePermissions('register.outgoing')
@Controller({ path: 'outgoing-numbers', version: '1' })
export class OutgoingNumbersController {
  constructor(private readonly numbers: OutgoingNumbersService) {}

  @Get()
  @ApiOperation({
    summary: 'The register of outgoing documents (sổ văn bản đi), filters bodyCode and year',
  })
  list(@Query() query: OutgoingNumbersQueryDto): Promise<Page<OutgoingNumberResponse>> {
    return this.numbers.list(query);
  }

  @Post()
  @ApiOperation({
    summary:
      "Take the next number of an issuing body's year for a cover letter, decision or minutes (45/QĐ-UBND)",
  })
  take(
    @Body() dto: TakeOutgoingNumberDto,
    @CurrentUser() user: AuthUser,
  ): Promise<OutgoingNumberResponse> {
    return this.numbers.take(dto, user);
  }
}
