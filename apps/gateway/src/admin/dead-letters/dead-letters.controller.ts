import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { deadLetterRpcs, ListDeadLettersQuery, type DeadLetterView, type StaffActor } from '@motcua/contracts';
import { Actor } from '../../auth/actor.decorator';
import { Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { oneOfParam, PositiveIntParam } from '../../http/input/path-params';
import { StaffQuery } from '../../http/input/staff-query.decorator';
import { ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';
import { DEAD_LETTER_EXAMPLE, exampleOf } from '../../http/openapi/examples';
import { KNOWN_SERVICES, type KnownService } from './known-services';

const ServiceParam = oneOfParam(KNOWN_SERVICES);
const ApiServiceParam = () => ApiParam({ name: 'service', enum: KNOWN_SERVICES });

@ApiTags('admin')
@ApiDownstreamErrors()
@Controller('api/admin/dead-letters')
export class AdminDeadLettersController {
  constructor(private readonly downstream: Downstream) {}

  @Get(':service')
  @Roles('province-admin')
  @ApiOperation({ summary: "A service's dead letters: messages it could not process, with their errors" })
  @ApiServiceParam()
  @ApiOkResponse(exampleOf('DeadLetterView[]', [DEAD_LETTER_EXAMPLE]))
  list(
    @Param('service', ServiceParam) service: KnownService,
    @StaffQuery(ListDeadLettersQuery, ['limit']) query: ListDeadLettersQuery,
  ): Promise<DeadLetterView[]> {
    return this.downstream.call(deadLetterRpcs(service).list, query);
  }

  @Post(':service/:seq/replay')
  @HttpCode(200)
  @Roles('province-admin')
  @ApiOperation({ summary: 'Replay one dead letter to its consumer' })
  @ApiServiceParam()
  @ApiParam({ name: 'seq', schema: { type: 'integer', minimum: 1 } })
  @ApiOkResponse(exampleOf('{ replayed, error? }', { replayed: true }))
  replay(
    @Actor() actor: StaffActor,
    @Param('service', ServiceParam) service: KnownService,
    @Param('seq', PositiveIntParam) seq: number,
  ): Promise<{ replayed: boolean; error?: string }> {
    return this.downstream.call(deadLetterRpcs(service).replay, { actor, seq });
  }
}
