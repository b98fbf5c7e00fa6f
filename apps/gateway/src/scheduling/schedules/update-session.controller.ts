import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { SaveSessionBody, UpdateSession, type SessionRecord, type StaffActor } from '@motcua/contracts';
import { Actor } from '../../auth/actor.decorator';
import { Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { ContractBodyPipe } from '../../http/input/contract-body.pipe';
import { IdempotencyKey } from '../../http/input/idempotency-key.decorator';
import { ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';
import { contractSchema } from '../../http/openapi/contract-schema';
import { UuidParam } from '../scheduling-params';

@ApiTags('schedules')
@ApiDownstreamErrors()
@Controller('api/schedules/sessions')
export class UpdateSessionController {
  constructor(private readonly downstream: Downstream) {}

  @Put(':id')
  @Roles('unit-admin', 'province-admin')
  @ApiOperation({ summary: 'Change a session as a whole: hours, roster, eligible procedures, slots (scheduling)' })
  @ApiParam({ name: 'id', description: 'Session id', schema: { type: 'string', format: 'uuid' } })
  @ApiBody({ schema: contractSchema(SaveSessionBody) })
  @ApiOkResponse({ description: 'SessionRecord' })
  update(
    @Actor() actor: StaffActor,
    @IdempotencyKey() idempotencyKey: string,
    @Param('id', UuidParam) sessionId: string,
    @Body(new ContractBodyPipe(SaveSessionBody)) body: SaveSessionBody,
  ): Promise<SessionRecord> {
    return this.downstream.call(UpdateSession, { idempotencyKey, actor, sessionId, body });
  }
}
