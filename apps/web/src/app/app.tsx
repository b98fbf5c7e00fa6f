import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { useAuth } from '../auth/auth-context';
import { LoginPage } from '../auth/login-page';
import { RequireAuth } from '../auth/require-auth';
import { routes as adminRoutes } from '../features/admin/routes';
import { routes as afterHoursRoutes } from '../features/after-hours/routes';
import { routes as dashboardRoutes } from '../features/dashboard/routes';
import { routes as deskRoutes } from '../features/desk/routes';
import { routes as officeRoutes } from '../features/office/routes';
import { Layout } from './layout';
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
    children: [{ index: true, element: <Home /> }, ...deskRoutes, ...officeRoutes, ...afterHoursRoutes, ...adminRoutes, ...dashboardRoutes],
  },
  { path: '*', element: <Home /> },
]);

export function App() {
  return <RouterProvider router={router} />;
}
