import { Body, Controller, Get, Header, Param, Post } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { PrintDeskForm, RefuseAtDesk, RefuseAtDeskBody, type DeskRefusal, type StaffActor } from '@motcua/contracts';
import { Actor } from '../auth/actor.decorator';
import { Roles } from '../auth/roles.decorator';
import { Downstream } from '../downstream/downstream';
import { ContractBodyPipe } from '../http/input/contract-body.pipe';
import { IdempotencyKey } from '../http/input/idempotency-key.decorator';
import { TransferIdParam } from '../http/input/path-params';
import { ApiDownstreamErrors } from '../http/openapi/api-docs.decorators';
import { contractSchema } from '../http/openapi/contract-schema';

/** Refusal at the desk, in writing (form 03; intake). */
@ApiTags('desk')
@ApiDownstreamErrors()
@Controller('api/intake-desk/refusals')
export class RefuseAtDeskController {
  constructor(private readonly downstream: Downstream) {}

  @Post()
  @Roles('desk-clerk', 'after-hours-clerk')
  @ApiOperation({ summary: 'Refuse a dossier at the desk with the specific reasons (form 03); no dossier code is issued' })
  @ApiBody({ schema: contractSchema(RefuseAtDeskBody) })
  @ApiCreatedResponse({ description: 'DeskRefusal (form 03 as data, with its number)' })
  refuse(
    @Actor() actor: StaffActor,
    @IdempotencyKey() idempotencyKey: string,
    @Body(new ContractBodyPipe(RefuseAtDeskBody)) body: RefuseAtDeskBody,
  ): Promise<DeskRefusal> {
    return this.downstream.call(RefuseAtDesk, { idempotencyKey, actor, body });
  }

  @Get(':id/print')
  @Roles('desk-clerk', 'after-hours-clerk', 'auditor')
  @Header('content-type', 'text/html; charset=utf-8')
  @ApiOperation({ summary: 'Refusal at the desk (form 03), printable' })
  @ApiParam({ name: 'id', description: 'Refusal id (UUID)' })
  @ApiProduces('text/html')
  async print(@Actor() actor: StaffActor, @Param('id', TransferIdParam) id: string): Promise<string> {
    return (await this.downstream.call(PrintDeskForm, { actor, form: '03', ref: id })).html;
  }
}
