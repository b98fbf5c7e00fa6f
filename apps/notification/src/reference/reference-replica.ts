import { Injectable } from '@nestjs/common';
import { ReferenceReplicaBase } from '@motcua/platform';

/** Routing's unit tree, replicated: which province a unit is in, for the administrators' scope. */
@Injectable()
export class ReferenceReplica extends ReferenceReplicaBase {}
