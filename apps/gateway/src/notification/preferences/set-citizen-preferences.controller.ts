import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CitizenPreferencesBody, SetCitizenPreferences, type CitizenPreferencesView, type StaffActor } from '@motcua/contracts';
import { Actor } from '../../auth/actor.decorator';
import { Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { ContractBodyPipe } from '../../http/input/contract-body.pipe';
import { IdempotencyKey } from '../../http/input/idempotency-key.decorator';
import { ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';
import { contractSchema } from '../../http/openapi/contract-schema';

@ApiTags('notification')
@ApiDownstreamErrors()
@Controller('api/notification/preferences')
export class SetCitizenPreferencesController {
  constructor(private readonly downstream: Downstream) {}

  @Post()
  @HttpCode(200)
  @Roles('desk-clerk', 'after-hours-clerk', 'unit-admin')
  @ApiOperation({
    summary: "Record a citizen's preferred channel and consent given or withdrawn per channel; applies to messages not sent yet (notification)",
  })
  @ApiBody({ schema: contractSchema(CitizenPreferencesBody) })
  @ApiOkResponse({ description: 'CitizenPreferencesView' })
  record(
    @Actor() actor: StaffActor,
    @IdempotencyKey() idempotencyKey: string,
    @Body(new ContractBodyPipe(CitizenPreferencesBody)) body: CitizenPreferencesBody,
  ): Promise<CitizenPreferencesView> {
    return this.downstream.call(SetCitizenPreferences, { idempotencyKey, actor, body });
  }
}
