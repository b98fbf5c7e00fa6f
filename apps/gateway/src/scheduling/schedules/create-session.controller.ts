import { Body, Controller, Post } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreateSession, SaveSessionBody, type SessionRecord, type StaffActor } from '@motcua/contracts';
import { Actor } from '../../auth/actor.decorator';
import { Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { ContractBodyPipe } from '../../http/input/contract-body.pipe';
import { IdempotencyKey } from '../../http/input/idempotency-key.decorator';
import { ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';
import { contractSchema } from '../../http/openapi/contract-schema';

@ApiTags('schedules')
@ApiDownstreamErrors()
@Controller('api/schedules/sessions')
export class CreateSessionController {
  constructor(private readonly downstream: Downstream) {}

  @Post()
  @Roles('unit-admin', 'province-admin')
  @ApiOperation({ summary: 'Open an after-hours session (weekend, holiday and Tết counters, weekday evenings) with roster and eligible procedures (scheduling)' })
  @ApiBody({ schema: contractSchema(SaveSessionBody) })
  @ApiCreatedResponse({ description: 'SessionRecord' })
  create(@Actor() actor: StaffActor, @IdempotencyKey() idempotencyKey: string, @Body(new ContractBodyPipe(SaveSessionBody)) body: SaveSessionBody): Promise<SessionRecord> {
    return this.downstream.call(CreateSession, { idempotencyKey, actor, body });
  }
}
