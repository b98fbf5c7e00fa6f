import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  ApproveTransfer,
  AssignTransfer,
  AssignTransferBody,
  DeclareDelay,
  DeclareDelayBody,
  RecordPaperDispatch,
  RefuseTransfer,
  RefuseTransferBody,
  RequestSupplement,
  RequestSupplementBody,
  type StaffActor,
  type TransferView,
} from '@motcua/contracts';
import { Actor } from '../auth/actor.decorator';
import { Roles } from '../auth/roles.decorator';
import { Downstream } from '../downstream/downstream';
import { ContractBodyPipe } from '../http/input/contract-body.pipe';
import { IdempotencyKey } from '../http/input/idempotency-key.decorator';
import { TransferIdParam } from '../http/input/path-params';
import { ApiDownstreamErrors } from '../http/openapi/api-docs.decorators';
import { ExpectedVersion } from './expected-version.decorator';
import { contractSchema } from '../http/openapi/contract-schema';

const transferId = { name: 'id', description: 'Transfer id', schema: { type: 'string', format: 'uuid' } } as const;

/**
 * The office's workflow on a relayed dossier (relay): assign, ask for a supplement, refuse, approve, apologise
 * with a new date, and the desk's record that the paper dossier left. Each needs an Idempotency-Key; `If-Match`
 * carries the version the user saw.
 */
@ApiTags('office')
@ApiDownstreamErrors()
@Controller('api/transfers')
export class OfficeWorkflowController {
  constructor(private readonly downstream: Downstream) {}

  @Post(':id/assign')
  @HttpCode(200)
  @Roles('office-handler', 'office-head')
  @ApiOperation({ summary: 'Assign the transfer to a handler (the head assigns anyone; a handler takes it on themselves)' })
  @ApiParam(transferId)
  @ApiBody({ schema: contractSchema(AssignTransferBody) })
  @ApiOkResponse({ description: 'TransferView' })
  assign(
    @Actor() actor: StaffActor,
    @IdempotencyKey() idempotencyKey: string,
    @ExpectedVersion() expectedVersion: number | undefined,
    @Param('id', TransferIdParam) id: string,
    @Body(new ContractBodyPipe(AssignTransferBody)) body: AssignTransferBody,
  ): Promise<TransferView> {
    return this.downstream.call(AssignTransfer, { idempotencyKey, actor, transferId: id, expectedVersion, body });
  }

  @Post(':id/request-supplement')
  @HttpCode(200)
  @Roles('office-handler', 'office-head')
  @ApiOperation({ summary: 'Ask the citizen, through the receiving desk, for what is missing (stops the clock)' })
  @ApiParam(transferId)
  @ApiBody({ schema: contractSchema(RequestSupplementBody) })
  @ApiOkResponse({ description: 'TransferView' })
  requestSupplement(
    @Actor() actor: StaffActor,
    @IdempotencyKey() idempotencyKey: string,
    @ExpectedVersion() expectedVersion: number | undefined,
    @Param('id', TransferIdParam) id: string,
    @Body(new ContractBodyPipe(RequestSupplementBody)) body: RequestSupplementBody,
  ): Promise<TransferView> {
    return this.downstream.call(RequestSupplement, { idempotencyKey, actor, transferId: id, expectedVersion, body });
  }

  @Post(':id/refuse')
  @HttpCode(200)
  @Roles('office-handler', 'office-head')
  @ApiOperation({ summary: 'Refuse to settle the dossier, with reasons (they reach the citizen in writing)' })
  @ApiParam(transferId)
  @ApiBody({ schema: contractSchema(RefuseTransferBody) })
  @ApiOkResponse({ description: 'TransferView' })
  refuse(
    @Actor() actor: StaffActor,
    @IdempotencyKey() idempotencyKey: string,
    @ExpectedVersion() expectedVersion: number | undefined,
    @Param('id', TransferIdParam) id: string,
    @Body(new ContractBodyPipe(RefuseTransferBody)) body: RefuseTransferBody,
  ): Promise<TransferView> {
    return this.downstream.call(RefuseTransfer, { idempotencyKey, actor, transferId: id, expectedVersion, body });
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles('office-head')
  @ApiOperation({ summary: 'Approve and sign the handler’s result (office head), which then goes back to the desk' })
  @ApiParam(transferId)
  @ApiOkResponse({ description: 'TransferView' })
  approve(
    @Actor() actor: StaffActor,
    @IdempotencyKey() idempotencyKey: string,
    @ExpectedVersion() expectedVersion: number | undefined,
    @Param('id', TransferIdParam) id: string,
  ): Promise<TransferView> {
    return this.downstream.call(ApproveTransfer, { idempotencyKey, actor, transferId: id, expectedVersion });
  }

  @Post(':id/delay')
  @HttpCode(200)
  @Roles('office-handler', 'office-head')
  @ApiOperation({ summary: 'Apologise and give a new appointment (form 04): once, at least one working day ahead' })
  @ApiParam(transferId)
  @ApiBody({ schema: contractSchema(DeclareDelayBody) })
  @ApiOkResponse({ description: 'TransferView' })
  delay(
    @Actor() actor: StaffActor,
    @IdempotencyKey() idempotencyKey: string,
    @ExpectedVersion() expectedVersion: number | undefined,
    @Param('id', TransferIdParam) id: string,
    @Body(new ContractBodyPipe(DeclareDelayBody)) body: DeclareDelayBody,
  ): Promise<TransferView> {
    return this.downstream.call(DeclareDelay, { idempotencyKey, actor, transferId: id, expectedVersion, body });
  }

  @Post(':id/paper-dispatched')
  @HttpCode(200)
  @Roles('desk-clerk', 'after-hours-clerk')
  @ApiOperation({ summary: 'Record that the paper dossier left the desk for the office' })
  @ApiParam(transferId)
  @ApiOkResponse({ description: 'TransferView' })
  paperDispatched(
    @Actor() actor: StaffActor,
    @IdempotencyKey() idempotencyKey: string,
    @ExpectedVersion() expectedVersion: number | undefined,
    @Param('id', TransferIdParam) id: string,
  ): Promise<TransferView> {
    return this.downstream.call(RecordPaperDispatch, { idempotencyKey, actor, transferId: id, expectedVersion });
  }
}
