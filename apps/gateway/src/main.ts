import { runServiceProcess } from '@motcua/platform';
import { gatewayService } from './gateway.service';

runServiceProcess(gatewayService);
