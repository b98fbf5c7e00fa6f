import { IndicatorsController } from './indicators/indicators.controller';
import { OutreachCoverageController } from './outreach/outreach-coverage.controller';
import { RateDossierController } from './rating/rate-dossier.controller';
import { RateDossierUseCase } from './rating/rate-dossier.use-case';
import { RegisterController } from './register/register.controller';
import { RegisterLines } from './register/register-lines.use-case';
import { StatisticsController } from './statistics/statistics.controller';

/** Reports (tracking): statistics, indicators, the dossier register, outreach coverage, and the citizen's rating. */
export const REPORT_CONTROLLERS = [StatisticsController, IndicatorsController, RegisterController, OutreachCoverageController, RateDossierController];
export const REPORT_PROVIDERS = [RegisterLines, RateDossierUseCase];
