import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsISO8601, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { NestedObject } from '../../core/nested-object';
import { defineRpc } from '../../core/contract';
import { StaffQueryEnvelope } from '../../core/envelopes';
import { TimeLimit } from '../../values/time-limit';

export class DeadlinePauseInput {
  /** 'supplement': the limit restarts when the complete dossier arrives; 'suspension': paused time is added. */
  @IsIn(['supplement', 'suspension']) kind: 'supplement' | 'suspension';
  @IsISO8601({ strict: true }) from: string;
  @IsOptional() @IsISO8601({ strict: true }) until?: string;
}

export class ComputeDeadlineBody {
  @IsISO8601({ strict: true }) receivedAt: string;
  @NestedObject(() => TimeLimit) limit: TimeLimit;
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => DeadlinePauseInput) pauses?: DeadlinePauseInput[];
  /** Count on this province's calendar (its own days off and swap days). */
  @IsOptional() @IsString() @Length(1, 32) provinceCode?: string;
  /** The instant to classify at; now when absent. */
  @IsOptional() @IsISO8601({ strict: true }) at?: string;
}

export class ComputeDeadlineQuery extends StaffQueryEnvelope {
  @NestedObject(() => ComputeDeadlineBody) body: ComputeDeadlineBody;
}

export interface DeadlineView {
  /** null while a pause is running. */
  dueAt: string | null;
  status: 'not-yet-due' | 'near-late' | 'late' | 'paused';
  /** The instant the status is given for. */
  at: string;
}

export const ComputeDeadline = defineRpc<ComputeDeadlineQuery, DeadlineView>('scheduling.qry.compute-deadline', ComputeDeadlineQuery);
