import { runServiceProcess } from '@motcua/platform';
import { schedulingService } from './scheduling.service';

runServiceProcess(schedulingService);
