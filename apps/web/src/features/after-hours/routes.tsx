import type { RouteObject } from 'react-router';
import { AfterHoursPage } from './after-hours-page';

/** This feature's screens (paths as in app/navigation.ts). */
export const routes: RouteObject[] = [{ path: '/after-hours', element: <AfterHoursPage /> }];
