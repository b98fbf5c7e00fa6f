import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HandOverResult, HandOverResultBody, type HandOverResultResponse, type StaffActor } from '@motcua/contracts';
import { Actor } from '../../auth/actor.decorator';
import { Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { ContractBodyPipe } from '../../http/input/contract-body.pipe';
import { IdempotencyKey } from '../../http/input/idempotency-key.decorator';
import { DossierCodeParam } from '../../http/input/path-params';
import { ApiDossierCodeParam, ApiDownstreamErrors, ApiJsonBody } from '../../http/openapi/api-docs.decorators';
import { exampleOf } from '../../http/openapi/examples';

@ApiTags('desk')
@ApiDownstreamErrors()
@Controller('api/dossiers')
export class HandOverResultController {
  constructor(private readonly downstream: Downstream) {}

  @Post(':code/hand-over')
  @HttpCode(200)
  @Roles('desk-clerk', 'after-hours-clerk')
  @ApiOperation({ summary: 'Hand the result over to the citizen (intake)' })
  @ApiDossierCodeParam()
  @ApiJsonBody(HandOverResultBody, { method: 'desk' })
  @ApiOkResponse(exampleOf('HandOverResultResponse', { dossierCode: '000.72.69.H20-260302-0001', status: 'handed-over', handedOverAt: '2026-03-05T08:30:00.000Z' }))
  handOver(
    @Actor() actor: StaffActor,
    @IdempotencyKey() idempotencyKey: string,
    @Param('code', DossierCodeParam) dossierCode: string,
    @Body(new ContractBodyPipe(HandOverResultBody)) body: HandOverResultBody,
  ): Promise<HandOverResultResponse> {
    return this.downstream.call(HandOverResult, { idempotencyKey, actor, dossierCode, body });
  }
}
