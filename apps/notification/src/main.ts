import { runServiceProcess } from '@motcua/platform';
import { notificationService } from './notification.service';

runServiceProcess(notificationService);
