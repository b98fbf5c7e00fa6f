import { runServiceProcess } from '@motcua/platform';
import { intakeService } from './intake.service';

runServiceProcess(intakeService);
