import { IsIn, IsISO8601, IsString } from 'class-validator';
import { defineEvent } from '../../core/contract';
import { RESULT_DELIVERIES, type ResultDelivery } from '../../values/channels';

/** The result is at the receiving desk, ready for the citizen. */
export class ResultReadyV1 {
  @IsString() dossierCode: string;
  @IsString() receivingUnitCode: string;
  @IsString() collectAt: string;
  @IsIn(RESULT_DELIVERIES) resultDelivery: ResultDelivery;
  @IsISO8601() readyAt: string;
}

export const ResultReady = defineEvent('intake.evt.dossier.result-ready.v1', ResultReadyV1);
