import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { NOTIFY_CHANNELS, PublishTemplate, TEMPLATE_KINDS, type NotifyChannel, type StaffActor, type TemplateKind, type TemplateWithPreview } from '@motcua/contracts';
import { Actor } from '../../auth/actor.decorator';
import { Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { IdempotencyKey } from '../../http/input/idempotency-key.decorator';
import { oneOfParam, PositiveIntParam } from '../../http/input/path-params';
import { ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';

const KindParam = oneOfParam(TEMPLATE_KINDS);
const ChannelParam = oneOfParam(NOTIFY_CHANNELS);

@ApiTags('notification')
@ApiDownstreamErrors()
@Controller('api/notification/templates')
export class PublishTemplateController {
  constructor(private readonly downstream: Downstream) {}

  @Post(':kind/:channel/versions/:version/publish')
  @HttpCode(200)
  @Roles('province-admin')
  @ApiOperation({
    summary: 'Put a draft in use (the version in use is retired); 422 naming each problem, e.g. a placeholder its event does not supply (notification)',
  })
  @ApiParam({ name: 'kind', enum: TEMPLATE_KINDS })
  @ApiParam({ name: 'channel', enum: NOTIFY_CHANNELS })
  @ApiParam({ name: 'version', schema: { type: 'integer', minimum: 1 } })
  @ApiOkResponse({ description: 'TemplateWithPreview' })
  publish(
    @Actor() actor: StaffActor,
    @IdempotencyKey() idempotencyKey: string,
    @Param('kind', KindParam) kind: TemplateKind,
    @Param('channel', ChannelParam) channel: NotifyChannel,
    @Param('version', PositiveIntParam) version: number,
  ): Promise<TemplateWithPreview> {
    return this.downstream.call(PublishTemplate, { idempotencyKey, actor, kind, channel, version });
  }
}
