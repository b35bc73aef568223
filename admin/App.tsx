import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import apiKeys from './api-keys';
import auditEvents from './audit-events';
import { authProvider, can, type Permissions } from './authProvider';
import briefVersions, { BriefDiffPage, briefInForceViews } from './briefs';
import clients from './clients';
import { Dashboard } from './dashboard/Dashboard';
import { createDataProvider } from './dataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import { Layout } from './layout/Layout';
import platforms from './platforms';
import { customPages } from './pages';
import situations, { replyViews } from './situations';
import { resourceDefinitions } from './resources';
import users from './users';
import caseStories from './case-stories';
import cases from './cases';
import escalations, { ArchiveEscalationPage } from './escalations';
import myQuestions from './my-questions';
import representatives from './representatives';

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
        <Resource key="brief" name="brief" {...briefInForceViews} />,
        can(permissions, 'PR_SPECIALIST') ? <Resource key="brief-versions" name="brief-versions" {...briefVersions} /> : null,
        can(permissions, 'PR_SPECIALIST') ? (
          <CustomRoutes key="brief-diff">
            <Route path="/brief-diff" element={<BriefDiffPage />} />
          </CustomRoutes>
        ) : null,
        permissions?.isAdmin ? <Resource key="users" name="users" {...users} /> : null,
        can(permissions, 'PR_SPECIALIST') ? <Resource key="api-keys" name="api-keys" {...apiKeys} /> : null,
        can(permissions, 'PR_SPECIALIST') ? <Resource key="audit-events" name="audit-events" {...auditEvents} /> : null,
        <Resource key="situations" name="situations" {...situations} create={can(permissions, 'PR_SPECIALIST') ? situations.create : undefined} edit={can(permissions, 'PR_SPECIALIST') ? situations.edit : undefined} />,
        can(permissions, 'PR_SPECIALIST') ? <Resource key="replies" name="replies" {...replyViews} /> : null,
        <CustomRoutes key="custom-pages">
          {customPages
            .filter((page) => !page.roles || can(permissions, ...page.roles))
            .map((page) => (
              <Route key={page.path} path={page.path} element={<page.element />} />
            ))}
        </CustomRoutes>,
        permissions?.roles.length ? <Resource key="cases" name="cases" {...cases} /> : null,
        can(permissions, 'RESPONSIBLE', 'PR_SPECIALIST') ? <Resource key="my-questions" name="my-questions" {...myQuestions} /> : null,
        permissions?.roles.length ? <Resource key="escalations" name="escalations" {...escalations} /> : null,
        permissions?.roles.length ? (
          <Resource
            key="representatives"
            name="representatives"
            {...representatives}
            create={can(permissions, 'PR_SPECIALIST') ? representatives.create : undefined}
            edit={can(permissions, 'PR_SPECIALIST') ? representatives.edit : undefined}
          />
        ) : null,
        can(permissions, 'PR_SPECIALIST') ? <Resource key="case-stories" name="case-stories" {...caseStories} /> : null,
        <CustomRoutes key="crm-routes">
          <Route path="/escalations/:id/archive" element={<ArchiveEscalationPage />} />
        </CustomRoutes>,
      ]}
    </Admin>
  );
}
