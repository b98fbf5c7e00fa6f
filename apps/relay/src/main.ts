import { runServiceProcess } from '@motcua/platform';
import { relayService } from './relay.service';

runServiceProcess(relayService);
