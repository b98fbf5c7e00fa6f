import type { RouteObject } from 'react-router';
import { Placeholder } from '../../ui/placeholder';

/** This feature's screens (paths as in app/navigation.ts). */
export const routes: RouteObject[] = ['/dashboard'].map((path) => ({ path, element: <Placeholder /> }));
