import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { RecordOutreachVisit, RecordOutreachVisitBody, type OutreachCampaignView, type StaffActor } from '@motcua/contracts';
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
export class RecordVisitController {
  constructor(private readonly downstream: Downstream) {}

  @Post(':id/visits')
  @HttpCode(200)
  @Roles('desk-clerk', 'after-hours-clerk', 'unit-admin')
  @ApiOperation({ summary: 'Record a visit to a target: completed, not at home, declined, ineligible (scheduling)' })
  @ApiParam({ name: 'id', description: 'Campaign id', schema: { type: 'string', format: 'uuid' } })
  @ApiBody({ schema: contractSchema(RecordOutreachVisitBody) })
  @ApiOkResponse({ description: 'OutreachCampaignView' })
  record(
    @Actor() actor: StaffActor,
    @IdempotencyKey() idempotencyKey: string,
    @Param('id', UuidParam) campaignId: string,
    @Body(new ContractBodyPipe(RecordOutreachVisitBody)) body: RecordOutreachVisitBody,
  ): Promise<OutreachCampaignView> {
    return this.downstream.call(RecordOutreachVisit, { idempotencyKey, actor, campaignId, body });
  }
}
