import { IsIn, IsISO8601, IsString } from 'class-validator';
import { defineEvent } from '../../core/contract';
import { RESULT_DELIVERIES, type ResultDelivery } from '../../values/channels';

export class DossierHandedOverV1 {
  @IsString() dossierCode: string;
  @IsString() receivingUnitCode: string;
  @IsIn(RESULT_DELIVERIES) method: ResultDelivery;
  @IsString() staffId: string;
  @IsISO8601() handedOverAt: string;
}

export const DossierHandedOver = defineEvent('intake.evt.dossier.handed-over.v1', DossierHandedOverV1);
