import { ArrayMaxSize, IsArray, IsEmail, IsHexadecimal, IsIn, IsISO8601, IsOptional, IsString, Matches } from 'class-validator';
import { NestedObject } from '../../core/nested-object';
import { defineEvent } from '../../core/contract';
import { CHANNELS, RESULT_DELIVERIES, type Channel, type ResultDelivery } from '../../values/channels';
import { TimeLimit } from '../../values/time-limit';

/** Only what notification needs to reach the citizen; no name, no ID number. */
export class NotifyContact {
  @IsOptional() @Matches(/^0\d{9}$/) phone?: string;
  @IsOptional() @IsEmail() email?: string;
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
}

export const DossierReceived = defineEvent('intake.evt.dossier.received.v1', DossierReceivedV1);
