import { ProcedureCatalogueController } from './procedure-catalogue.controller';
import { UnitTreeController } from './unit-tree.controller';

/** Catalogue and unit-tree administration (routing's reference data). */
export const CATALOGUE_CONTROLLERS = [ProcedureCatalogueController, UnitTreeController];
