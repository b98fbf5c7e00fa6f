import { Injectable } from '@nestjs/common';
import { ReferenceReplicaBase } from '@motcua/platform';

/** Routing's units and catalogue, replicated: the names a transfer keeps for its letters and screens. */
@Injectable()
export class ReferenceReplica extends ReferenceReplicaBase {}
