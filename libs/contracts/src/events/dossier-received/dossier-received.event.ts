import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsHexadecimal, IsIn, IsISO8601, IsOptional, IsString, Matches } from 'class-validator';
import { NestedObject } from '../../core/nested-object';
import { defineEvent } from '../../core/contract';
import { CHANNELS, RESULT_DELIVERIES, type Channel, type ResultDelivery } from '../../values/channels';
import { TimeLimit } from '../../values/time-limit';
import { ASSISTANCE_KINDS, type AssistanceKind } from '../../commands/submit-dossier/submit-dossier.command';

/** Only what notification needs to reach the citizen; no name, no ID number. */
export class NotifyContact {
  @IsOptional() @Matches(/^0\d{9}$/) phone?: string;
  @IsOptional() @IsEmail() email?: string;
}

export class DossierBundleRef {
  @IsString() id: string;
  @IsString() code: string;
}

export class DossierReceivedV1 {
  @IsString() dossierCode: string;
  @IsString() procedureCode: string;
  @IsString() procedureName: string;
  @IsString() receivingUnitCode: string;
  @IsIn(CHANNELS) channel: Channel;
  @IsIn(RESULT_DELIVERIES) resultDelivery: ResultDelivery;
  @IsISO8601() receivedAt: string;
  @IsISO8601() appointmentAt: string;
  @NestedObject(() => TimeLimit) timeLimit: TimeLimit;
  @NestedObject(() => NotifyContact) contact: NotifyContact;
  /** lookupFactorHash of the phone's and the ID number's last 4 digits: the public lookup's second factor. */
  @IsOptional() @IsArray() @ArrayMaxSize(4) @IsHexadecimal({ each: true }) lookupFactors?: string[];
  /** How the filing was assisted (hamlet point, outreach, union volunteer, desk staff); never the helper's name. */
  @IsOptional() @IsIn(ASSISTANCE_KINDS) assistance?: AssistanceKind;
  /** Resolved and handed over at the desk in the same visit (no-appointment day); intake publishes the hand-over next. */
  @IsOptional() @IsBoolean() instant?: boolean;
  /** The "2 in 1" intake this dossier is a child of; each child is routed and timed on its own. */
  @IsOptional() @NestedObject(() => DossierBundleRef) bundle?: DossierBundleRef;
}

export const DossierReceived = defineEvent('intake.evt.dossier.received.v1', DossierReceivedV1);
