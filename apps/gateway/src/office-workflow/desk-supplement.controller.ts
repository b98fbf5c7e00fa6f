import { Body, Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  ControlSlipRpc,
  RecordSupplement,
  RecordSupplementBody,
  STAFF_ROLES,
  type RecordSupplementResponse,
  type StaffActor,
} from '@motcua/contracts';
import { Actor } from '../auth/actor.decorator';
import { Roles } from '../auth/roles.decorator';
import { Downstream } from '../downstream/downstream';
import { ContractBodyPipe } from '../http/input/contract-body.pipe';
import { IdempotencyKey } from '../http/input/idempotency-key.decorator';
import { DossierCodeParam } from '../http/input/path-params';
import { ApiDownstreamErrors } from '../http/openapi/api-docs.decorators';
import { contractSchema } from '../http/openapi/contract-schema';

const dossierCode = { name: 'code', description: 'Dossier code' } as const;

/** The desk's side of the office workflow (intake), and the printable process-control slip (relay). */
@ApiTags('desk')
@ApiDownstreamErrors()
@Controller('api/dossiers')
export class DeskSupplementController {
  constructor(private readonly downstream: Downstream) {}

  @Post(':code/supplement')
  @HttpCode(200)
  @Roles('desk-clerk', 'after-hours-clerk')
  @ApiOperation({ summary: 'Record what the citizen brought after a supplement request; the time limit restarts' })
  @ApiParam(dossierCode)
  @ApiBody({ schema: contractSchema(RecordSupplementBody) })
  @ApiOkResponse({ description: 'RecordSupplementResponse (with the new appointment)' })
  recordSupplement(
    @Actor() actor: StaffActor,
    @IdempotencyKey() idempotencyKey: string,
    @Param('code', DossierCodeParam) code: string,
    @Body(new ContractBodyPipe(RecordSupplementBody)) body: RecordSupplementBody,
  ): Promise<RecordSupplementResponse> {
    return this.downstream.call(RecordSupplement, { idempotencyKey, actor, dossierCode: code, body });
  }

  @Get(':code/control-slip')
  @Roles(...STAFF_ROLES)
  @Header('content-type', 'text/html; charset=utf-8')
  @ApiOperation({ summary: 'The process-control slip (form 05), printable; for the desk, the office and auditors' })
  @ApiParam(dossierCode)
  @ApiProduces('text/html')
  async controlSlip(@Actor() actor: StaffActor, @Param('code', DossierCodeParam) code: string): Promise<string> {
    return (await this.downstream.call(ControlSlipRpc, { actor, dossierCode: code })).html;
  }
}
