import { IsString, Length, Matches } from 'class-validator';

/** A citizen's command from a public endpoint (no login): no actor, but still exactly once per idempotency key. */
export class PublicCommandEnvelope {
  @IsString() @Length(8, 128) @Matches(/^[A-Za-z0-9._:-]+$/) idempotencyKey: string;
}
