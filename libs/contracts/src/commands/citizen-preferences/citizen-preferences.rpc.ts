import { IsEmail, IsIn, IsOptional, Matches } from 'class-validator';
import { defineRpc } from '../../core/contract';
import { CommandEnvelope, StaffQueryEnvelope } from '../../core/envelopes';
import { NestedObject } from '../../core/nested-object';
import {
  CONSENT_SOURCES,
  CONSENT_STATES,
  NOTIFY_CHANNELS,
  type ConsentSource,
  type ConsentState,
  type NotifyChannel,
} from '../../values/notification/notification-values';

const PHONE = /^0\d{9}$/;
const PHONE_MESSAGE = 'phải là số điện thoại Việt Nam gồm 10 chữ số, bắt đầu bằng 0';

/** The citizen's answer per channel; a channel left out keeps its current answer. */
export class ChannelConsents {
  @IsOptional() @IsIn(CONSENT_STATES) sms?: ConsentState;
  @IsOptional() @IsIn(CONSENT_STATES) zalo?: ConsentState;
  @IsOptional() @IsIn(CONSENT_STATES) email?: ConsentState;
}

/** Recorded by desk staff on the citizen's behalf (signed form, request at the desk, phone call). Phone or e-mail identifies the citizen. */
export class CitizenPreferencesBody {
  @IsOptional() @Matches(PHONE, { message: PHONE_MESSAGE }) phone?: string;
  @IsOptional() @IsEmail() email?: string;
  @IsOptional() @IsIn(NOTIFY_CHANNELS) preferredChannel?: NotifyChannel;
  @NestedObject(() => ChannelConsents) consents: ChannelConsents;
  @IsIn(CONSENT_SOURCES) source: ConsentSource;
}

export class SetCitizenPreferencesCommand extends CommandEnvelope {
  @NestedObject(() => CitizenPreferencesBody) body: CitizenPreferencesBody;
}

export class CitizenPreferencesQuery extends StaffQueryEnvelope {
  @IsOptional() @Matches(PHONE, { message: PHONE_MESSAGE }) phone?: string;
  @IsOptional() @IsEmail() email?: string;
}

export interface ConsentRecordView {
  channel: NotifyChannel;
  state: ConsentState;
  source: ConsentSource;
  recordedBy: string;
  unitCode: string;
  recordedAt: string;
}

export interface CitizenPreferencesView {
  phone: string | null;
  email: string | null;
  preferredChannel: NotifyChannel | null;
  /** 'default' when the citizen never answered for that channel: the deployment's default applies. */
  consents: Record<NotifyChannel, ConsentState | 'default'>;
  /** Append-only: every answer recorded, newest first (proof of consent, Decree 13/2023/NĐ-CP). */
  history: ConsentRecordView[];
}

export const SetCitizenPreferences = defineRpc<SetCitizenPreferencesCommand, CitizenPreferencesView>(
  'notification.cmd.set-citizen-preferences',
  SetCitizenPreferencesCommand,
);
export const CitizenPreferences = defineRpc<CitizenPreferencesQuery, CitizenPreferencesView>(
  'notification.qry.citizen-preferences',
  CitizenPreferencesQuery,
);
