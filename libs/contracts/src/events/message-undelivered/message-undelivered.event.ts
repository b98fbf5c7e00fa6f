import { IsIn, IsISO8601, IsOptional, IsString, IsUUID } from 'class-validator';
import { defineEvent } from '../../core/contract';
import { NOTIFY_CHANNELS, type NotifyChannel } from '../../values/notification/notification-values';

/** failed: permanent failure with no channel left to fall back to; overdue: still not delivered long after it was due. */
export const UNDELIVERED_REASONS = ['failed', 'overdue'] as const;

/**
 * A message the citizen (or the staff) has not received, so that a person can act (call the citizen…).
 * No address and no text: the desk looks the dossier up.
 */
export class MessageUndeliveredV1 {
  @IsUUID() deliveryId: string;
  @IsOptional() @IsString() dossierCode?: string;
  @IsOptional() @IsString() unitCode?: string;
  @IsString() template: string;
  @IsIn(NOTIFY_CHANNELS) channel: NotifyChannel;
  @IsIn(UNDELIVERED_REASONS) reason: (typeof UNDELIVERED_REASONS)[number];
  @IsOptional() @IsString() lastError?: string;
  @IsISO8601() createdAt: string;
  @IsISO8601() reportedAt: string;
}

export const MessageUndelivered = defineEvent('notification.evt.message.undelivered.v1', MessageUndeliveredV1);
