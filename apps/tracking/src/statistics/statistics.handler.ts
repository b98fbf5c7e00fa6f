import { Controller } from '@nestjs/common';
import { DossierStatisticsRpc, type DossierStatistics, type DossierStatisticsQuery } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { BuildStatistics } from './build-statistics';

/** The one-stop statistics table of a unit and the units under it, for a period. */
@Controller()
export class StatisticsHandler {
  constructor(private readonly build: BuildStatistics) {}

  @OnRpc(DossierStatisticsRpc)
  statistics(query: DossierStatisticsQuery): Promise<DossierStatistics> {
    return this.build.execute(query);
  }
}
