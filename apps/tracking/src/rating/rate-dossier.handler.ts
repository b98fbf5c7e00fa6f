import { Controller } from '@nestjs/common';
import { RateDossier, type DossierRating, type RateDossierCommand } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { RateDossierUseCase } from './rate-dossier';

/** The citizen's satisfaction rating, from the gateway's public endpoint. */
@Controller()
export class RateDossierHandler {
  constructor(private readonly rate: RateDossierUseCase) {}

  @OnRpc(RateDossier)
  handle(command: RateDossierCommand): Promise<DossierRating> {
    return this.rate.execute(command);
  }
}
