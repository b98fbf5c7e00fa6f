import type { RouteObject } from 'react-router';
import { InboxPage } from './inbox-page';
import { ReceivePage } from './receive-page';
import { RegisterPage } from './register-page';

/** This feature's screens (paths as in app/navigation.ts). */
export const routes: RouteObject[] = [
  { path: '/desk/receive', element: <ReceivePage /> },
  { path: '/desk/inbox', element: <InboxPage /> },
  { path: '/desk/register', element: <RegisterPage /> },
];
