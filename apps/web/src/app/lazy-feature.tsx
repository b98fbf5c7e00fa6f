import { useRoutes, type RouteObject } from 'react-router';

type FeatureModule = { routes: RouteObject[] };

/** A feature's absolute paths ('/desk/receive') as routes below its prefix ('receive'; the prefix itself: index). */
function belowPrefix(prefix: string, routes: RouteObject[]): RouteObject[] {
  return routes.map((route): RouteObject => {
    if (route.path === prefix) return { index: true, element: route.element, Component: route.Component };
    if (route.path?.startsWith(`${prefix}/`)) return { ...route, path: route.path.slice(prefix.length + 1) } as RouteObject;
    return route;
  });
}

/**
 * A feature's screens as their own chunk, loaded the first time one of its paths is opened: a desk clerk on a
 * slow link downloads the desk, not the charts of the dashboard or the administrators' screens. Features keep
 * declaring absolute paths (as in app/navigation.ts); they are matched below the prefix here.
 */
export function lazyFeature(prefix: string, load: () => Promise<FeatureModule>): RouteObject {
  return {
    path: `${prefix}/*`,
    lazy: async () => {
      const routes = belowPrefix(prefix, (await load()).routes);
      return { Component: () => useRoutes(routes) };
    },
  };
}
