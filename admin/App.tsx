import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import apiKeys from './api-keys';
import auditEvents from './audit-events';
import { authProvider, can, type Permissions } from './authProvider';
import clients from './clients';
import { Dashboard } from './dashboard/Dashboard';
import { createDataProvider } from './dataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import { Layout } from './layout/Layout';
import { TryItPage } from './matching';
import platforms from './platforms';
import { resourceDefinitions } from './resources';
import users from './users';

const dataProvider = createDataProvider(resourceDefinitions);

export function App() {
  return (
    <Admin
      title="Repbase"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      layout={Layout}
      dashboard={Dashboard}
      requireAuth
      disableTelemetry
    >
      {(permissions: Permissions) => [
        <Resource
          key="clients"
          name="clients"
          {...clients}
          create={permissions?.isAdmin ? clients.create : undefined}
          edit={permissions?.isAdmin ? clients.edit : undefined}
        />,
        <Resource
          key="platforms"
          name="platforms"
          {...platforms}
          create={can(permissions, 'PR_SPECIALIST') ? platforms.create : undefined}
          edit={can(permissions, 'PR_SPECIALIST') ? platforms.edit : undefined}
        />,
        permissions?.isAdmin ? <Resource key="users" name="users" {...users} /> : null,
        can(permissions, 'PR_SPECIALIST') ? <Resource key="api-keys" name="api-keys" {...apiKeys} /> : null,
        can(permissions, 'PR_SPECIALIST') ? <Resource key="audit-events" name="audit-events" {...auditEvents} /> : null,
        <CustomRoutes key="try-it">
          <Route path="/try-it" element={<TryItPage />} />
        </CustomRoutes>,
      ]}
    </Admin>
  );
}
