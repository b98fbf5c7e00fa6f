import { NestedObject } from './nested-object';
import { IsString, Length, Matches } from 'class-validator';
import { StaffActor } from '../values/staff-actor';

/** Every command: who acts, and a key that makes a retried request have exactly one effect. */
export class CommandEnvelope {
  @IsString() @Length(8, 128) @Matches(/^[A-Za-z0-9._:-]+$/) idempotencyKey: string;
  @NestedObject(() => StaffActor) actor: StaffActor;
}

/** A staff query: who asks (services answer only within the actor's unit). */
export class StaffQueryEnvelope {
  @NestedObject(() => StaffActor) actor: StaffActor;
}
