import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { OutreachCampaign, type OutreachCampaignView, type StaffActor } from '@motcua/contracts';
import { Actor } from '../../auth/actor.decorator';
import { Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';
import { UuidParam } from '../scheduling-params';

@ApiTags('outreach')
@ApiDownstreamErrors()
@Controller('api/outreach/campaigns')
export class CampaignController {
  constructor(private readonly downstream: Downstream) {}

  @Get(':id')
  @Roles('desk-clerk', 'after-hours-clerk', 'unit-admin', 'auditor')
  @ApiOperation({ summary: "A campaign's coverage: targets, completed, by outcome, percent (scheduling)" })
  @ApiParam({ name: 'id', description: 'Campaign id', schema: { type: 'string', format: 'uuid' } })
  @ApiOkResponse({ description: 'OutreachCampaignView' })
  campaign(@Actor() actor: StaffActor, @Param('id', UuidParam) campaignId: string): Promise<OutreachCampaignView> {
    return this.downstream.call(OutreachCampaign, { actor, campaignId });
  }
}
