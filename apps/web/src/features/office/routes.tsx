import type { RouteObject } from 'react-router';
import { ApologyPage } from './apology-page';
import { InboxPage } from './inbox-page';
import { TransferPage } from './transfer-page';

/** The district office's screens: the inbox, one transfer with its actions, and form 04 for printing. */
export const routes: RouteObject[] = [
  { path: '/office/inbox', element: <InboxPage /> },
  { path: '/office/transfers/:id', element: <TransferPage /> },
  { path: '/office/transfers/:id/apology', element: <ApologyPage /> },
];
