import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SubmitDossier, SubmitDossierBody, type Receipt, type StaffActor } from '@motcua/contracts';
import { Actor } from '../../auth/actor.decorator';
import { Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { ContractBodyPipe } from '../../http/input/contract-body.pipe';
import { IdempotencyKey } from '../../http/input/idempotency-key.decorator';
import { ApiDownstreamErrors, ApiJsonBody } from '../../http/openapi/api-docs.decorators';
import { exampleOf, RECEIPT_EXAMPLE, SUBMISSION_EXAMPLE } from '../../http/openapi/examples';

@ApiTags('desk')
@ApiDownstreamErrors()
@Controller('api/dossiers')
export class SubmitDossierController {
  constructor(private readonly downstream: Downstream) {}

  @Post()
  @Roles('desk-clerk', 'after-hours-clerk')
  @ApiOperation({ summary: 'Receive a dossier at the desk (intake): dossier code, receipt and appointment slip' })
  @ApiJsonBody(SubmitDossierBody, SUBMISSION_EXAMPLE)
  @ApiCreatedResponse(exampleOf('The receipt and appointment slip (Receipt)', RECEIPT_EXAMPLE))
  submit(
    @Actor() actor: StaffActor,
    @IdempotencyKey() idempotencyKey: string,
    @Body(new ContractBodyPipe(SubmitDossierBody)) body: SubmitDossierBody,
  ): Promise<Receipt> {
    return this.downstream.call(SubmitDossier, { idempotencyKey, actor, body });
  }
}
