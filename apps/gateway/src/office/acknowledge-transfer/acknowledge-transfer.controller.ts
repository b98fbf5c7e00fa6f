import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { AcknowledgeTransfer, type StaffActor, type TransferView } from '@motcua/contracts';
import { Actor } from '../../auth/actor.decorator';
import { Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { IdempotencyKey } from '../../http/input/idempotency-key.decorator';
import { TransferIdParam } from '../../http/input/path-params';
import { ExpectedVersion } from '../../office-workflow/expected-version.decorator';
import { ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';
import { exampleOf, TRANSFER_EXAMPLE } from '../../http/openapi/examples';

@ApiTags('office')
@ApiDownstreamErrors()
@Controller('api/transfers')
export class AcknowledgeTransferController {
  constructor(private readonly downstream: Downstream) {}

  @Post(':id/acknowledge')
  @HttpCode(200)
  @Roles('office-handler', 'office-head')
  @ApiOperation({ summary: 'Acknowledge receipt of a transferred dossier (relay); `If-Match` carries the version the user saw' })
  @ApiParam({ name: 'id', description: 'Transfer id', schema: { type: 'string', format: 'uuid' } })
  @ApiOkResponse(exampleOf('TransferView', TRANSFER_EXAMPLE))
  acknowledge(
    @Actor() actor: StaffActor,
    @IdempotencyKey() idempotencyKey: string,
    @ExpectedVersion() expectedVersion: number | undefined,
    @Param('id', TransferIdParam) transferId: string,
  ): Promise<TransferView> {
    return this.downstream.call(AcknowledgeTransfer, { idempotencyKey, actor, transferId, expectedVersion });
  }
}
