import { runServiceProcess } from '@motcua/platform';
import { trackingService } from './tracking.service';

runServiceProcess(trackingService);
