import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DossierTimelineRpc, type DossierTimeline, type StaffActor } from '@motcua/contracts';
import { Actor } from '../../auth/actor.decorator';
import { ANY_STAFF_ROLE, Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { DossierCodeParam } from '../../http/input/path-params';
import { ApiDossierCodeParam, ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';
import { exampleOf, TIMELINE_EXAMPLE } from '../../http/openapi/examples';

@ApiTags('tracking')
@ApiDownstreamErrors()
@Controller('api/dossiers')
export class DossierTimelineController {
  constructor(private readonly downstream: Downstream) {}

  @Get(':code/timeline')
  @Roles(...ANY_STAFF_ROLE)
  @ApiOperation({ summary: "A dossier's timeline across services (tracking)" })
  @ApiDossierCodeParam()
  @ApiOkResponse(exampleOf('DossierTimeline', TIMELINE_EXAMPLE))
  timeline(@Actor() actor: StaffActor, @Param('code', DossierCodeParam) dossierCode: string): Promise<DossierTimeline> {
    return this.downstream.call(DossierTimelineRpc, { actor, dossierCode });
  }
}
