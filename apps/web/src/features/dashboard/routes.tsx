import type { RouteObject } from 'react-router';
import { DashboardPage } from './dashboard-page';

/** This feature's screens (paths as in app/navigation.ts). */
export const routes: RouteObject[] = [{ path: '/dashboard', element: <DashboardPage /> }];
