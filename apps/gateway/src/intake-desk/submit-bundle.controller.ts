import { Body, Controller, Get, Header, Param, Post } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { PrintDeskForm, SubmitBundle, SubmitBundleBody, type BundleReceipt, type StaffActor } from '@motcua/contracts';
import { Actor } from '../auth/actor.decorator';
import { Roles } from '../auth/roles.decorator';
import { Downstream } from '../downstream/downstream';
import { ContractBodyPipe } from '../http/input/contract-body.pipe';
import { IdempotencyKey } from '../http/input/idempotency-key.decorator';
import { TransferIdParam } from '../http/input/path-params';
import { ApiDownstreamErrors } from '../http/openapi/api-docs.decorators';
import { contractSchema } from '../http/openapi/contract-schema';

/** "2 in 1" bundles (intake): one intake, one child dossier per procedure. */
@ApiTags('desk')
@ApiDownstreamErrors()
@Controller('api/intake-desk/bundles')
export class SubmitBundleController {
  constructor(private readonly downstream: Downstream) {}

  @Post()
  @Roles('desk-clerk', 'after-hours-clerk')
  @ApiOperation({ summary: 'Receive a "2 in 1" bundle: linked child dossiers, each with its own code, route and appointment; one receipt' })
  @ApiBody({ schema: contractSchema(SubmitBundleBody) })
  @ApiCreatedResponse({ description: 'BundleReceipt listing every child receipt' })
  submit(
    @Actor() actor: StaffActor,
    @IdempotencyKey() idempotencyKey: string,
    @Body(new ContractBodyPipe(SubmitBundleBody)) body: SubmitBundleBody,
  ): Promise<BundleReceipt> {
    return this.downstream.call(SubmitBundle, { idempotencyKey, actor, body });
  }

  @Get(':id/receipt/print')
  @Roles('desk-clerk', 'after-hours-clerk', 'auditor')
  @Header('content-type', 'text/html; charset=utf-8')
  @ApiOperation({ summary: 'The one receipt and appointment slip (form 01) listing every child of a bundle, printable' })
  @ApiParam({ name: 'id', description: 'Bundle id (UUID) from the BundleReceipt' })
  @ApiProduces('text/html')
  async print(@Actor() actor: StaffActor, @Param('id', TransferIdParam) id: string): Promise<string> {
    return (await this.downstream.call(PrintDeskForm, { actor, form: '01-bundle', ref: id })).html;
  }
}
