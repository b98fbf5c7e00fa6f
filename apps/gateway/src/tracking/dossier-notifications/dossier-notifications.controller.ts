import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DeliveryView, StaffActor } from '@motcua/contracts';
import { Actor } from '../../auth/actor.decorator';
import { Roles } from '../../auth/roles.decorator';
import { DossierCodeParam } from '../../http/input/path-params';
import { ApiDossierCodeParam, ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';
import { DELIVERY_EXAMPLE, exampleOf } from '../../http/openapi/examples';
import { DossierNotifications } from './dossier-notifications.use-case';

@ApiTags('tracking')
@ApiDownstreamErrors()
@Controller('api/dossiers')
export class DossierNotificationsController {
  constructor(private readonly dossierNotifications: DossierNotifications) {}

  @Get(':code/notifications')
  @Roles('desk-clerk', 'after-hours-clerk', 'office-head', 'auditor')
  @ApiOperation({ summary: "Messages sent to the citizen about a dossier, recipients masked (notification; only for the dossier's units, checked with tracking)" })
  @ApiDossierCodeParam()
  @ApiOkResponse(exampleOf('DeliveryView[]', [DELIVERY_EXAMPLE]))
  notifications(@Actor() actor: StaffActor, @Param('code', DossierCodeParam) dossierCode: string): Promise<DeliveryView[]> {
    return this.dossierNotifications.execute(actor, dossierCode);
  }
}
