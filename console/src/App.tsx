import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { can, type Permissions } from './access';
import { authProvider } from './authProvider';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import { AcceptInvite } from './pages/AcceptInvite';
import { Dashboard } from './pages/Dashboard';
import auditEvents from './resources/audit-events';
import centres from './resources/centres';
import organisations from './resources/organisations';
import people from './resources/people';
import { IMPORT_PEOPLE_PATH } from './resources/people/import/ImportPeopleButton';
import { ImportPeople } from './resources/people/import/ImportPeople';
import users from './resources/users';
import { theme } from './theme';

/**
 * One console, several faces: the resources on offer follow the grant the user is acting under
 * (head office, organisation, centre, assessor). The server enforces the same rules; hiding a
 * menu here is for clarity, not security.
 */
export function App() {
  return (
    <Admin
      title="NACCC network console"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      dashboard={Dashboard}
      layout={Layout}
      theme={theme}
      disableTelemetry
    >
      {/* Outside the permissions function: someone accepting an invitation has no session, so
          their permissions never resolve, and react-admin only renders the routes it already
          knows while it waits for them. */}
      <CustomRoutes noLayout>
        <Route path="/accept-invite" element={<AcceptInvite />} />
      </CustomRoutes>
      {(permissions?: Permissions) => (
        <>
          <Resource name="Organisation" {...organisations} edit={can.editOrganisations(permissions?.face) ? organisations.edit : undefined} create={can.createOrganisations(permissions?.face) ? organisations.create : undefined} />
          <Resource name="Centre" {...centres} edit={can.editCentres(permissions?.face) ? centres.edit : undefined} create={can.createCentres(permissions?.face) ? centres.create : undefined} />
          <Resource name="Person" {...people} edit={can.editPeople(permissions?.face) ? people.edit : undefined} create={can.editPeople(permissions?.face) ? people.create : undefined} />
          {/* Shown on a person's page only (no menu entry, no pages of its own): the safeguarding leads' records. */}
          {can.seeDbs(permissions?.face) && <Resource name="DbsCheck" recordRepresentation="issueDate" />}
          {can.importPeople(permissions?.face) && (
            <CustomRoutes>
              <Route path={IMPORT_PEOPLE_PATH} element={<ImportPeople />} />
            </CustomRoutes>
          )}
          {can.seeUsers(permissions?.face) && <Resource name="User" {...users} />}
          {can.seeAudit(permissions?.face) && <Resource name="AuditEvent" {...auditEvents} />}
        </>
      )}
    </Admin>
  );
}
