import { Injectable } from '@nestjs/common';
import { ReferenceReplicaBase } from '@motcua/platform';

/** Routing's units and catalogue, replicated: names on bookings, the unit tree for province administrators. */
@Injectable()
export class ReferenceReplica extends ReferenceReplicaBase {}
