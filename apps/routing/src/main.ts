import { runServiceProcess } from '@motcua/platform';
import { routingService } from './routing.service';

runServiceProcess(routingService);
