import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Deliveries, type DeliveryView, type StaffActor } from '@motcua/contracts';
import { Actor } from '../../auth/actor.decorator';
import { Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { DossierCodeParam } from '../../http/input/path-params';
import { ApiDossierCodeParam, ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';

@ApiTags('tracking')
@ApiDownstreamErrors()
@Controller('api/dossiers')
export class DossierNotificationsController {
  constructor(private readonly downstream: Downstream) {}

  @Get(':code/notifications')
  @Roles('desk-clerk', 'after-hours-clerk', 'office-head', 'auditor')
  @ApiOperation({ summary: 'Messages sent to the citizen about a dossier, recipients masked (notification)' })
  @ApiDossierCodeParam()
  @ApiOkResponse({ description: 'DeliveryView[]' })
  notifications(@Actor() actor: StaffActor, @Param('code', DossierCodeParam) dossierCode: string): Promise<DeliveryView[]> {
    return this.downstream.call(Deliveries, { actor, dossierCode });
  }
}
