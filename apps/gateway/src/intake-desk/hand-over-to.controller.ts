import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { HandOverResult, HandOverResultToBody, type HandOverResultResponse, type StaffActor } from '@motcua/contracts';
import { Actor } from '../auth/actor.decorator';
import { Roles } from '../auth/roles.decorator';
import { Downstream } from '../downstream/downstream';
import { ContractBodyPipe } from '../http/input/contract-body.pipe';
import { IdempotencyKey } from '../http/input/idempotency-key.decorator';
import { DossierCodeParam } from '../http/input/path-params';
import { ApiDownstreamErrors } from '../http/openapi/api-docs.decorators';
import { contractSchema } from '../http/openapi/contract-schema';

/** Hand-over naming who received the result: the applicant or an authorised person (intake keeps the name). */
@ApiTags('desk')
@ApiDownstreamErrors()
@Controller('api/intake-desk/dossiers')
export class HandOverToController {
  constructor(private readonly downstream: Downstream) {}

  @Post(':code/hand-over')
  @HttpCode(200)
  @Roles('desk-clerk', 'after-hours-clerk')
  @ApiOperation({ summary: 'Hand the result over and record who received it (an authorised person by name)' })
  @ApiParam({ name: 'code', description: 'Dossier code' })
  @ApiBody({ schema: contractSchema(HandOverResultToBody) })
  @ApiOkResponse({ description: 'HandOverResultResponse' })
  handOver(
    @Actor() actor: StaffActor,
    @IdempotencyKey() idempotencyKey: string,
    @Param('code', DossierCodeParam) code: string,
    @Body(new ContractBodyPipe(HandOverResultToBody)) body: HandOverResultToBody,
  ): Promise<HandOverResultResponse> {
    return this.downstream.call(HandOverResult, { idempotencyKey, actor, dossierCode: code, body });
  }
}
