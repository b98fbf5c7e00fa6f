import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { AddOutreachTargets, AddOutreachTargetsBody, type OutreachCampaignView, type StaffActor } from '@motcua/contracts';
import { Actor } from '../../auth/actor.decorator';
import { Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { ContractBodyPipe } from '../../http/input/contract-body.pipe';
import { IdempotencyKey } from '../../http/input/idempotency-key.decorator';
import { ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';
import { contractSchema } from '../../http/openapi/contract-schema';
import { UuidParam } from '../scheduling-params';

@ApiTags('outreach')
@ApiDownstreamErrors()
@Controller('api/outreach/campaigns')
export class AddTargetsController {
  constructor(private readonly downstream: Downstream) {}

  @Post(':id/targets')
  @HttpCode(200)
  @Roles('unit-admin', 'desk-clerk')
  @ApiOperation({ summary: "Add (part of) a campaign's target list; a ref already listed is kept as is (scheduling)" })
  @ApiParam({ name: 'id', description: 'Campaign id', schema: { type: 'string', format: 'uuid' } })
  @ApiBody({ schema: contractSchema(AddOutreachTargetsBody) })
  @ApiOkResponse({ description: 'OutreachCampaignView' })
  add(
    @Actor() actor: StaffActor,
    @IdempotencyKey() idempotencyKey: string,
    @Param('id', UuidParam) campaignId: string,
    @Body(new ContractBodyPipe(AddOutreachTargetsBody)) body: AddOutreachTargetsBody,
  ): Promise<OutreachCampaignView> {
    return this.downstream.call(AddOutreachTargets, { idempotencyKey, actor, campaignId, body });
  }
}
