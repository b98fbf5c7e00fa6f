import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { defineRpc, type RpcContract } from '../../core/contract';
import { StaffQueryEnvelope } from '../../core/envelopes';

export class ListDeadLettersQuery extends StaffQueryEnvelope {
  @IsOptional() @IsInt() @Min(1) @Max(1000) limit?: number;
}

export class ReplayDeadLetterCommand extends StaffQueryEnvelope {
  @IsInt() @Min(1) seq: number;
}

export interface DeadLetterView {
  seq: number;
  consumer: string;
  subject: string;
  messageId?: string;
  error: string;
  deliveries: number;
  deadLetteredAt: string;
}

/** Every service answers these for its own dead letters: `<service>.qry.dead-letters`, `<service>.cmd.replay-dead-letter`. */
export const deadLetterRpcs = (service: string) => ({
  list: defineRpc<ListDeadLettersQuery, DeadLetterView[]>(`${service}.qry.dead-letters`, ListDeadLettersQuery),
  replay: defineRpc<ReplayDeadLetterCommand, { replayed: boolean; error?: string }>(
    `${service}.cmd.replay-dead-letter`,
    ReplayDeadLetterCommand,
  ) as RpcContract<ReplayDeadLetterCommand, { replayed: boolean; error?: string }>,
});
