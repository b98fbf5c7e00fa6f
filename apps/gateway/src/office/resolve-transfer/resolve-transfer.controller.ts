import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ResolveTransfer, ResolveTransferBody, type StaffActor, type TransferView } from '@motcua/contracts';
import { Actor } from '../../auth/actor.decorator';
import { Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { ContractBodyPipe } from '../../http/input/contract-body.pipe';
import { IdempotencyKey } from '../../http/input/idempotency-key.decorator';
import { TransferIdParam } from '../../http/input/path-params';
import { ExpectedVersion } from '../../office-workflow/expected-version.decorator';
import { ApiDownstreamErrors, ApiJsonBody } from '../../http/openapi/api-docs.decorators';
import { exampleOf, TRANSFER_EXAMPLE } from '../../http/openapi/examples';

@ApiTags('office')
@ApiDownstreamErrors()
@Controller('api/transfers')
export class ResolveTransferController {
  constructor(private readonly downstream: Downstream) {}

  @Post(':id/resolve')
  @HttpCode(200)
  @Roles('office-handler', 'office-head')
  @ApiOperation({ summary: 'Record the result of a transferred dossier and send it back (relay); `If-Match` carries the version the user saw' })
  @ApiParam({ name: 'id', description: 'Transfer id', schema: { type: 'string', format: 'uuid' } })
  @ApiJsonBody(ResolveTransferBody, { resultRef: 'GCN-HKD-0001', summary: 'Cấp Giấy chứng nhận đăng ký hộ kinh doanh' })
  @ApiOkResponse(exampleOf('TransferView', { ...TRANSFER_EXAMPLE, status: 'resolved', resolvedAt: '2026-03-04T09:00:00.000Z', resultRef: 'GCN-HKD-0001', timeliness: 'early' }))
  resolve(
    @Actor() actor: StaffActor,
    @IdempotencyKey() idempotencyKey: string,
    @ExpectedVersion() expectedVersion: number | undefined,
    @Param('id', TransferIdParam) transferId: string,
    @Body(new ContractBodyPipe(ResolveTransferBody)) body: ResolveTransferBody,
  ): Promise<TransferView> {
    return this.downstream.call(ResolveTransfer, { idempotencyKey, actor, transferId, expectedVersion, body });
  }
}
