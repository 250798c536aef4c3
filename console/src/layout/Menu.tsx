import ChecklistIcon from '@mui/icons-material/Checklist';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import InsightsIcon from '@mui/icons-material/Insights';
import TableChartIcon from '@mui/icons-material/TableChart';
import VerifiedIcon from '@mui/icons-material/Verified';
import { CanAccess, Menu as RaMenu } from 'react-admin';
import { ACCREDITATION_PIPELINE_PATH } from '../pages/accreditation/AccreditationPipeline';
import { MY_VISITS_PATH } from '../resources/assessments/paths';
import { TRAINING_COMPLIANCE_PATH } from '../pages/training-compliance/TrainingCompliance';
import { TRAINING_MATRIX_PATH } from '../pages/training-matrix/path';
import { usePermissionsOrEmpty } from '../scope';

/**
 * The menu of the face the user is acting under: national, organisation, centre or assessor.
 * Resource entries show only when `authProvider.canAccess` grants their list (react-admin's
 * ResourceItem asks it), so Users and the audit trail appear for the roles the server lets read them.
 */
export function Menu() {
  const { face, active } = usePermissionsOrEmpty();
  const centresLabel =
    face === 'ASSESSOR' ? 'Assigned centres' : face === 'CENTRE' ? 'My centres' : face === 'ORGANISATION' ? 'Our centres' : 'Centres';
  return (
    <RaMenu>
      <RaMenu.DashboardItem primaryText="Home" />
      {face === 'ORGANISATION' || face === 'CENTRE' ? (
        <RaMenu.ResourceItem name="Organisation" to={`/Organisation/${active?.organisationId}/show`} primaryText="My organisation" />
      ) : (
        <RaMenu.ResourceItem name="Organisation" primaryText={face === 'ASSESSOR' ? 'Organisations' : 'Member organisations'} />
      )}
      <RaMenu.ResourceItem name="Centre" primaryText={centresLabel} />
      {/* Head office's pipeline; other faces read a centre's accreditations on its page. */}
      <CanAccess resource="Accreditation" action="pipeline">
        <RaMenu.Item to={ACCREDITATION_PIPELINE_PATH} primaryText="Accreditation" leftIcon={<VerifiedIcon />} />
      </CanAccess>
      {/* Head office's actions across the network; an assessor's visits. */}
      {face === 'NATIONAL' && <RaMenu.ResourceItem name="ActionPlanItem" primaryText="Actions" leftIcon={<ChecklistIcon />} />}
      {face === 'ASSESSOR' && <RaMenu.Item to={MY_VISITS_PATH} primaryText="My visits" leftIcon={<FactCheckIcon />} />}
      <RaMenu.ResourceItem name="Person" primaryText="People" />
      {(face === 'ORGANISATION' || face === 'CENTRE') && (
        <RaMenu.Item to={TRAINING_MATRIX_PATH} primaryText="Training compliance" leftIcon={<TableChartIcon />} />
      )}
      <RaMenu.ResourceItem name="Course" primaryText="Courses" />
      <RaMenu.ResourceItem name="CourseSession" primaryText="Sessions" />
      <CanAccess resource="Course" action="compliance">
        <RaMenu.Item to={TRAINING_COMPLIANCE_PATH} primaryText="Training compliance" leftIcon={<InsightsIcon />} />
      </CanAccess>
      {(face === 'NATIONAL' || face === 'ASSESSOR') && <RaMenu.ResourceItem name="StandardSet" primaryText="National Standards" />}
      <RaMenu.ResourceItem name="User" primaryText="Users" />
      <RaMenu.ResourceItem name="AuditEvent" primaryText="Audit trail" />
    </RaMenu>
  );
}
