import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { GetDossier, type Receipt, type StaffActor } from '@motcua/contracts';
import { Actor } from '../../auth/actor.decorator';
import { Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { DossierCodeParam } from '../../http/input/path-params';
import { ApiDossierCodeParam, ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';
import { exampleOf, RECEIPT_EXAMPLE } from '../../http/openapi/examples';

@ApiTags('desk')
@ApiDownstreamErrors()
@Controller('api/dossiers')
export class GetDossierController {
  constructor(private readonly downstream: Downstream) {}

  @Get(':code')
  @Roles('desk-clerk', 'after-hours-clerk', 'auditor')
  @ApiOperation({ summary: 'A dossier as received at the desk, with its status (intake; own unit only)' })
  @ApiDossierCodeParam()
  @ApiOkResponse(exampleOf('Receipt & { status }', { ...RECEIPT_EXAMPLE, status: 'in-progress' }))
  get(@Actor() actor: StaffActor, @Param('code', DossierCodeParam) dossierCode: string): Promise<Receipt & { status: string }> {
    return this.downstream.call(GetDossier, { actor, dossierCode });
  }
}
