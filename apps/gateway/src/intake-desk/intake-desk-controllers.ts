import { DeskFormsController } from './desk-forms.controller';
import { HandOverToController } from './hand-over-to.controller';
import { RefuseAtDeskController } from './refuse-at-desk.controller';
import { SubmitBundleController } from './submit-bundle.controller';
import { WithdrawDossierController } from './withdraw-dossier.controller';

/** The desk's own endpoints (issue #5), registered in gateway.module.ts as one list. */
export const INTAKE_DESK_CONTROLLERS = [DeskFormsController, RefuseAtDeskController, WithdrawDossierController, HandOverToController, SubmitBundleController];
