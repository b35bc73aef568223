import { QueryClient } from '@tanstack/react-query';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { authProvider, type Permissions } from './authProvider';
import { Dashboard } from './dashboard/Dashboard';
import { createDataProvider } from './dataProvider';
import { ApiError, translateApiErrorsWith } from './graphql';
import { createI18nProvider } from './i18n/i18nProvider';
import { Layout } from './layout/Layout';
import { customPages } from './pages';
import { allows } from './registry/access';
import type { AdminResource } from './registry/admin-resource';
import { adminResources, resourceDefinitions } from './resources';

const i18nProvider = createI18nProvider(adminResources);
translateApiErrorsWith(i18nProvider.translate);
const dataProvider = createDataProvider(resourceDefinitions);

/**
 * A refusal (signed out, forbidden, not found, invalid) will be refused again: only a network
 * failure or a server error is worth retrying. Without this the first visit waited through four
 * attempts of `me` before showing the login form.
 */
const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: (failures, error) => failures < 3 && !(error instanceof ApiError && error.status >= 400 && error.status < 500) },
  },
});

function resourceElement(resource: AdminResource, permissions: Permissions | undefined) {
  const { views, access } = resource;
  if (!allows(permissions, access.read)) return null;
  return (
    <Resource
      key={resource.name}
      name={resource.name}
      {...views}
      create={views.create && allows(permissions, access.create ?? access.read) ? views.create : undefined}
      edit={views.edit && allows(permissions, access.edit ?? access.read) ? views.edit : undefined}
    />
  );
}

export function App() {
  return (
    <Admin
      title="Repbase"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      queryClient={queryClient}
      layout={Layout}
      dashboard={Dashboard}
      requireAuth
      disableTelemetry
    >
      {(permissions: Permissions) => [
        ...adminResources.map((resource) => resourceElement(resource, permissions)),
        <CustomRoutes key="routes">
          {[...adminResources.flatMap((resource) => resource.routes ?? []), ...customPages]
            .filter((route) => allows(permissions, route.access))
            .map((route) => (
              <Route key={route.path} path={route.path} element={<route.element />} />
            ))}
        </CustomRoutes>,
      ]}
    </Admin>
  );
}
