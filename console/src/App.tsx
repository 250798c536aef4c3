import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { authProvider } from './authProvider';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import { AcceptInvite } from './pages/AcceptInvite';
import { Dashboard } from './pages/Dashboard';
import { ACCREDITATION_PIPELINE_PATH, AccreditationPipeline } from './pages/accreditation/AccreditationPipeline';
import { TRAINING_MATRIX_PATH } from './pages/training-matrix/path';
import { TrainingMatrixPage } from './pages/training-matrix/TrainingMatrixPage';
import { TRAINING_COMPLIANCE_PATH, TrainingCompliance } from './pages/training-compliance/TrainingCompliance';
import accreditations from './resources/accreditations';
import actionPlanItems from './resources/action-plan-items';
import assessments from './resources/assessments';
import { FindingsForm } from './resources/assessments/FindingsForm';
import { MyVisits } from './resources/assessments/MyVisits';
import { MY_VISITS_PATH } from './resources/assessments/paths';
import auditEvents from './resources/audit-events';
import centres from './resources/centres';
import courses from './resources/courses';
import organisations from './resources/organisations';
import people from './resources/people';
import sessions from './resources/sessions';
import standards from './resources/standards';
import { AttendanceSheet } from './resources/sessions/AttendanceSheet';
import { IMPORT_PEOPLE_PATH } from './resources/people/import/ImportPeopleButton';
import { ImportPeople } from './resources/people/import/ImportPeople';
import users from './resources/users';
import { theme } from './theme';

/**
 * One console, several faces: what is on offer follows the grant the user is acting under (head
 * office, organisation, centre, assessor). Every resource is declared with all its pages; which of
 * them a user may open, and which menu entries and buttons they see, is the auth provider's
 * `canAccess`, answered from the server's own rules (accessRules.ts). The server enforces the
 * same rules; hiding here is for clarity, not security.
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
      {/* Someone accepting an invitation has no session: no layout, no sign-in required. */}
      <CustomRoutes noLayout>
        <Route path="/accept-invite" element={<AcceptInvite />} />
      </CustomRoutes>
      <CustomRoutes>
        <Route path={IMPORT_PEOPLE_PATH} element={<ImportPeople />} />
        <Route path={TRAINING_MATRIX_PATH} element={<TrainingMatrixPage />} />
        <Route path={TRAINING_COMPLIANCE_PATH} element={<TrainingCompliance />} />
        {/* Case-sensitive: react-router matches paths regardless of case, and /Accreditation is the list. */}
        <Route path={ACCREDITATION_PIPELINE_PATH} caseSensitive element={<AccreditationPipeline />} />
        <Route path={MY_VISITS_PATH} element={<MyVisits />} />
      </CustomRoutes>
      <Resource name="Organisation" {...organisations} />
      <Resource name="Centre" {...centres} />
      {/* No menu entry of its own: head office reaches it from the pipeline, everyone from a centre's page. */}
      <Resource name="Accreditation" {...accreditations} />
      {/* A visit's page; its findings form (the assessor's, at a tablet's width too). */}
      <Resource name="Assessment" {...assessments}>
        <Route path=":id/findings" element={<FindingsForm />} />
      </Resource>
      {/* Head office's list of actions across the network (menu 'Actions'); everyone else reaches an action from its accreditation. */}
      <Resource name="ActionPlanItem" {...actionPlanItems} />
      <Resource name="Person" {...people} />
      {/* Shown on a person's page only (no menu entry, no pages of its own): the safeguarding leads' records. */}
      <Resource name="DbsCheck" recordRepresentation="issueDate" />
      {/* Shown on a person's page only: their training records (external ones added and corrected there). */}
      <Resource name="TrainingRecord" recordRepresentation="courseTitle" />
      <Resource name="Course" {...courses} />
      <Resource name="CourseSession" {...sessions}>
        {/* The training team's attendance sheet of one session. */}
        <Route path=":id/attendance" element={<AttendanceSheet />} />
      </Resource>
      <Resource name="StandardSet" {...standards} />
      <Resource name="User" {...users} />
      <Resource name="AuditEvent" {...auditEvents} />
    </Admin>
  );
}
