import { IsIn, IsISO8601, IsString, IsUUID } from 'class-validator';
import { defineEvent } from '../../core/contract';

export const ALERT_LEVELS = ['near-late', 'late', 'paper-not-sent'] as const;
export type AlertLevel = (typeof ALERT_LEVELS)[number];

/**
 * Staff alert: a transfer is near its deadline or late (counted in working days), or its paper dossier has not
 * left the desk in time. `unitCode` is the unit that must act (the office; the desk for paper).
 */
export class DeadlineAlertV1 {
  @IsUUID() transferId: string;
  @IsString() dossierCode: string;
  @IsString() unitCode: string;
  @IsString() receivingUnitCode: string;
  @IsIn(ALERT_LEVELS) level: AlertLevel;
  @IsISO8601() dueAt: string;
  @IsISO8601() raisedAt: string;
}

export const DeadlineAlert = defineEvent('relay.evt.transfer.deadline-alert.v1', DeadlineAlertV1);
