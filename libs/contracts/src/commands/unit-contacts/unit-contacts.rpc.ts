import { IsEmail, IsOptional, IsString, Length, Matches } from 'class-validator';
import { defineRpc } from '../../core/contract';
import { CommandEnvelope } from '../../core/envelopes';
import { NestedObject } from '../../core/nested-object';

/** Where a unit's staff alerts go (the duty phone and mailbox of the desk or office), set by its administrator. */
export class UnitContactBody {
  @IsOptional() @Matches(/^0\d{9}$/, { message: 'phải là số điện thoại Việt Nam gồm 10 chữ số, bắt đầu bằng 0' }) phone?: string;
  @IsOptional() @IsEmail() email?: string;
}

export class SetUnitContactCommand extends CommandEnvelope {
  @IsString() @Length(1, 32) unitCode: string;
  @NestedObject(() => UnitContactBody) body: UnitContactBody;
}

export interface UnitContactView {
  unitCode: string;
  phone: string | null;
  email: string | null;
}

export const SetUnitContact = defineRpc<SetUnitContactCommand, UnitContactView>('notification.cmd.set-unit-contact', SetUnitContactCommand);
