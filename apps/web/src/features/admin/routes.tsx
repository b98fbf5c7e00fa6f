import type { RouteObject } from 'react-router';
import { AccountsPage } from './accounts-page';
import { CalendarPage } from './calendar-page';
import { CataloguePage } from './catalogue-page';

/** This feature's screens (paths as in app/navigation.ts). */
export const routes: RouteObject[] = [
  { path: '/admin/accounts', element: <AccountsPage /> },
  { path: '/admin/catalogue', element: <CataloguePage /> },
  { path: '/admin/calendar', element: <CalendarPage /> },
];
