import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { WithdrawDossier, WithdrawDossierBody, type StaffActor, type WithdrawDossierResponse } from '@motcua/contracts';
import { Actor } from '../auth/actor.decorator';
import { Roles } from '../auth/roles.decorator';
import { Downstream } from '../downstream/downstream';
import { ContractBodyPipe } from '../http/input/contract-body.pipe';
import { IdempotencyKey } from '../http/input/idempotency-key.decorator';
import { DossierCodeParam } from '../http/input/path-params';
import { ApiDownstreamErrors } from '../http/openapi/api-docs.decorators';
import { contractSchema } from '../http/openapi/contract-schema';

/** Withdrawal at the citizen's request (intake). */
@ApiTags('desk')
@ApiDownstreamErrors()
@Controller('api/intake-desk/dossiers')
export class WithdrawDossierController {
  constructor(private readonly downstream: Downstream) {}

  @Post(':code/withdraw')
  @HttpCode(200)
  @Roles('desk-clerk', 'after-hours-clerk')
  @ApiOperation({ summary: 'Withdraw a dossier still in process at the citizen’s request (terminal; 409 once the result is at the desk)' })
  @ApiParam({ name: 'code', description: 'Dossier code' })
  @ApiBody({ schema: contractSchema(WithdrawDossierBody) })
  @ApiOkResponse({ description: 'WithdrawDossierResponse' })
  withdraw(
    @Actor() actor: StaffActor,
    @IdempotencyKey() idempotencyKey: string,
    @Param('code', DossierCodeParam) code: string,
    @Body(new ContractBodyPipe(WithdrawDossierBody)) body: WithdrawDossierBody,
  ): Promise<WithdrawDossierResponse> {
    return this.downstream.call(WithdrawDossier, { idempotencyKey, actor, dossierCode: code, body });
  }
}
