import { Body, Controller, Post } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreateOutreachCampaign, CreateOutreachCampaignBody, type OutreachCampaignView, type StaffActor } from '@motcua/contracts';
import { Actor } from '../../auth/actor.decorator';
import { Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { ContractBodyPipe } from '../../http/input/contract-body.pipe';
import { IdempotencyKey } from '../../http/input/idempotency-key.decorator';
import { ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';
import { contractSchema } from '../../http/openapi/contract-schema';

@ApiTags('outreach')
@ApiDownstreamErrors()
@Controller('api/outreach/campaigns')
export class CreateCampaignController {
  constructor(private readonly downstream: Downstream) {}

  @Post()
  @Roles('unit-admin', 'desk-clerk')
  @ApiOperation({ summary: 'Start an outreach campaign of your unit: home visits, school visits, a mobile team (scheduling)' })
  @ApiBody({ schema: contractSchema(CreateOutreachCampaignBody) })
  @ApiCreatedResponse({ description: 'OutreachCampaignView' })
  create(
    @Actor() actor: StaffActor,
    @IdempotencyKey() idempotencyKey: string,
    @Body(new ContractBodyPipe(CreateOutreachCampaignBody)) body: CreateOutreachCampaignBody,
  ): Promise<OutreachCampaignView> {
    return this.downstream.call(CreateOutreachCampaign, { idempotencyKey, actor, body });
  }
}
