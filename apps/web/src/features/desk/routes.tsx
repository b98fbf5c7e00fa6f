import type { RouteObject } from 'react-router';
import { Placeholder } from '../../ui/placeholder';

/** This feature's screens (paths as in app/navigation.ts). */
export const routes: RouteObject[] = ['/desk/receive', '/desk/inbox', '/desk/register'].map((path) => ({ path, element: <Placeholder /> }));
