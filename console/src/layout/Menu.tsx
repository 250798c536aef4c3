import BadgeIcon from '@mui/icons-material/Badge';
import BusinessIcon from '@mui/icons-material/Business';
import HistoryIcon from '@mui/icons-material/History';
import HomeWorkIcon from '@mui/icons-material/HomeWork';
import PeopleIcon from '@mui/icons-material/People';
import { Menu as RaMenu } from 'react-admin';
import { can } from '../access';
import { usePermissionsOrEmpty } from '../scope';

/** The menu of the face the user is acting under: national, organisation, centre or assessor. */
export function Menu() {
  const { face, active } = usePermissionsOrEmpty();
  const centresLabel =
    face === 'ASSESSOR' ? 'Assigned centres' : face === 'CENTRE' ? 'My centres' : face === 'ORGANISATION' ? 'Our centres' : 'Centres';
  return (
    <RaMenu>
      <RaMenu.DashboardItem primaryText="Home" />
      {face === 'ORGANISATION' || face === 'CENTRE' ? (
        <RaMenu.Item to={`/Organisation/${active?.organisationId}/show`} primaryText="My organisation" leftIcon={<BusinessIcon />} />
      ) : (
        <RaMenu.Item to="/Organisation" primaryText={face === 'ASSESSOR' ? 'Organisations' : 'Member organisations'} leftIcon={<BusinessIcon />} />
      )}
      <RaMenu.Item to="/Centre" primaryText={centresLabel} leftIcon={<HomeWorkIcon />} />
      <RaMenu.Item to="/Person" primaryText="People" leftIcon={<BadgeIcon />} />
      {can.seeUsers(face) && <RaMenu.Item to="/User" primaryText="Users" leftIcon={<PeopleIcon />} />}
      {can.seeAudit(face) && <RaMenu.Item to="/AuditEvent" primaryText="Audit trail" leftIcon={<HistoryIcon />} />}
    </RaMenu>
  );
}
