import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HandOverResult, HandOverResultBody, type HandOverResultResponse, type StaffActor } from '@motcua/contracts';
import { Actor } from '../../auth/actor.decorator';
import { Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { ContractBodyPipe } from '../../http/input/contract-body.pipe';
import { IdempotencyKey } from '../../http/input/idempotency-key.decorator';
import { DossierCodeParam } from '../../http/input/path-params';
import { ApiDossierCodeParam, ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';
import { contractSchema } from '../../http/openapi/contract-schema';

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
  @ApiBody({ schema: contractSchema(HandOverResultBody) })
  @ApiOkResponse({ description: 'HandOverResultResponse' })
  handOver(
    @Actor() actor: StaffActor,
    @IdempotencyKey() idempotencyKey: string,
    @Param('code', DossierCodeParam) dossierCode: string,
    @Body(new ContractBodyPipe(HandOverResultBody)) body: HandOverResultBody,
  ): Promise<HandOverResultResponse> {
    return this.downstream.call(HandOverResult, { idempotencyKey, actor, dossierCode, body });
  }
}
