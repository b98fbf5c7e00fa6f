import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { GetDeskSupplementRequest, PrintDeskForm, type DeskSupplementRequest, type StaffActor } from '@motcua/contracts';
import { Actor } from '../auth/actor.decorator';
import { Roles } from '../auth/roles.decorator';
import { Downstream } from '../downstream/downstream';
import { DossierCodeParam, TransferIdParam } from '../http/input/path-params';
import { ApiDownstreamErrors } from '../http/openapi/api-docs.decorators';

const dossierCode = { name: 'code', description: 'Dossier code' } as const;
const formId = { name: 'id', description: 'Supplement request id (UUID), named in the 422 of an incomplete submission' } as const;

/** The desk's forms (intake): receipt and appointment slip (01), supplement request issued at the desk (02). */
@ApiTags('desk')
@ApiDownstreamErrors()
@Controller('api/intake-desk')
export class DeskFormsController {
  constructor(private readonly downstream: Downstream) {}

  @Get('dossiers/:code/receipt/print')
  @Roles('desk-clerk', 'after-hours-clerk', 'auditor')
  @Header('content-type', 'text/html; charset=utf-8')
  @ApiOperation({ summary: 'Receipt and appointment slip (form 01), printable' })
  @ApiParam(dossierCode)
  @ApiProduces('text/html')
  async printReceipt(@Actor() actor: StaffActor, @Param('code', DossierCodeParam) code: string): Promise<string> {
    return (await this.downstream.call(PrintDeskForm, { actor, form: '01', ref: code })).html;
  }

  @Get('supplement-requests/:id')
  @Roles('desk-clerk', 'after-hours-clerk', 'auditor')
  @ApiOperation({ summary: 'A supplement request issued at the desk for an incomplete submission (form 02), as data' })
  @ApiParam(formId)
  @ApiOkResponse({ description: 'DeskSupplementRequest' })
  supplementRequest(@Actor() actor: StaffActor, @Param('id', TransferIdParam) id: string): Promise<DeskSupplementRequest> {
    return this.downstream.call(GetDeskSupplementRequest, { actor, id });
  }

  @Get('supplement-requests/:id/print')
  @Roles('desk-clerk', 'after-hours-clerk', 'auditor')
  @Header('content-type', 'text/html; charset=utf-8')
  @ApiOperation({ summary: 'Supplement request issued at the desk (form 02), printable' })
  @ApiParam(formId)
  @ApiProduces('text/html')
  async printSupplementRequest(@Actor() actor: StaffActor, @Param('id', TransferIdParam) id: string): Promise<string> {
    return (await this.downstream.call(PrintDeskForm, { actor, form: '02', ref: id })).html;
  }
}
