import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { useAuth } from '../auth/auth-context';
import { LoginPage } from '../auth/login-page';
import { RequireAuth } from '../auth/require-auth';
import { AppLoading } from './app-loading';
import { Layout } from './layout';
import { lazyFeature } from './lazy-feature';
import { homeFor } from './navigation';

function Home() {
  const { session } = useAuth();
  return <Navigate to={session ? homeFor(session.staff.roles) : '/login'} replace />;
}

const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    element: (
      <RequireAuth>
        <Layout />
      </RequireAuth>
    ),
    // the first load of a screen's chunk (a reload on /desk/receive): progress instead of an empty page
    HydrateFallback: AppLoading,
    children: [
      { index: true, element: <Home /> },
      lazyFeature('/desk', () => import('../features/desk/routes')),
      lazyFeature('/office', () => import('../features/office/routes')),
      lazyFeature('/after-hours', () => import('../features/after-hours/routes')),
      lazyFeature('/admin', () => import('../features/admin/routes')),
      lazyFeature('/dashboard', () => import('../features/dashboard/routes')),
    ],
  },
  { path: '*', element: <Home /> },
]);

export function App() {
  return <RouterProvider router={router} />;
}
