import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { GetTransfer, type StaffActor, type TransferView } from '@motcua/contracts';
import { Actor } from '../../auth/actor.decorator';
import { Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { TransferIdParam } from '../../http/input/path-params';
import { ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';
import { exampleOf, TRANSFER_EXAMPLE } from '../../http/openapi/examples';

@ApiTags('office')
@ApiDownstreamErrors()
@Controller('api/transfers')
export class GetTransferController {
  constructor(private readonly downstream: Downstream) {}

  @Get(':id')
  @Roles('office-handler', 'office-head', 'desk-clerk', 'after-hours-clerk', 'auditor')
  @ApiOperation({ summary: 'One transfer, with the facts of form 04 (relay): for the addressed office, the receiving desk and auditors' })
  @ApiParam({ name: 'id', description: 'Transfer id', schema: { type: 'string', format: 'uuid' } })
  @ApiOkResponse(
    exampleOf('TransferView', {
      ...TRANSFER_EXAMPLE,
      receivedAt: '2026-03-02T01:00:00.000Z',
      appointmentAt: '2026-03-05T10:00:00.000Z',
      procedureName: 'Đăng ký biến động quyền sử dụng đất',
      receivingUnitName: 'Xã Tân Phước',
      officeName: 'Chi nhánh Văn phòng đăng ký đất đai huyện Tân Hồng',
      delay: null,
    }),
  )
  get(@Actor() actor: StaffActor, @Param('id', TransferIdParam) transferId: string): Promise<TransferView> {
    return this.downstream.call(GetTransfer, { actor, transferId });
  }
}
