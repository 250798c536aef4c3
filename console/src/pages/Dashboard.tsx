import { Card, CardContent, Grid, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { Title, useCanAccess, useGetIdentity, useGetList } from 'react-admin';
import { grantLabel, seesWholeNetwork } from '../access';
import { usePermissionsOrEmpty, useScopeFilter } from '../scope';
import { AccreditationsToWatch } from './dashboard/AccreditationsToWatch';
import { MemberClearance } from './dashboard/MemberClearance';
import { NetworkClearance } from './dashboard/NetworkClearance';
import { TrainingTeamHome } from './dashboard/TrainingTeamHome';

function Count({ resource, label, to, filter }: { resource: string; label: string; to: string; filter: Record<string, unknown> }) {
  const { total, isPending } = useGetList(resource, { pagination: { page: 1, perPage: 1 }, filter });
  return (
    <Card component={Link} to={to} sx={{ textDecoration: 'none', display: 'block' }}>
      <CardContent>
        <Typography variant="h4" component="p">
          {isPending ? '…' : (total ?? 0).toLocaleString('en-GB')}
        </Typography>
        <Typography color="text.secondary">{label}</Typography>
      </CardContent>
    </Card>
  );
}

/**
 * Home: who you are acting as, the size of what you look after, and whether its people are cleared
 * to work (with names and actions for the organisation's safeguarding leads; totals for others).
 */
export function Dashboard() {
  const { identity } = useGetIdentity();
  const { face, active } = usePermissionsOrEmpty();
  const centreScope = useScopeFilter('Centre');
  const organisationScope = useScopeFilter('Organisation');
  const userScope = useScopeFilter('User');
  const users = useCanAccess({ resource: 'User', action: 'list' });
  // The safeguarding leads (who may list DBS checks) see names and actions; others totals only.
  const leads = useCanAccess({ resource: 'DbsCheck', action: 'list' });
  if (users.isPending || leads.isPending) return <Title title="NACCC network console" />;
  return (
    <>
      <Title title="NACCC network console" />
      <Typography variant="h5" component="h1" mt={2}>
        Welcome{identity?.fullName ? `, ${identity.fullName}` : ''}
      </Typography>
      {active && (
        <Typography color="text.secondary" mb={2}>
          Signed in as {grantLabel(active)}
        </Typography>
      )}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <Count resource="Centre" to="/Centre" filter={centreScope} label={seesWholeNetwork(face) ? 'Centres in the network' : 'Centres you look after'} />
        </Grid>
        {seesWholeNetwork(face) && (
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <Count resource="Organisation" to="/Organisation" filter={organisationScope} label="Member organisations" />
          </Grid>
        )}
        {users.canAccess && (
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <Count resource="User" to="/User" filter={userScope} label="Users" />
          </Grid>
        )}
      </Grid>
      {/* The training team's own work first: sessions to run and record, and mandatory training. */}
      {face === 'TRAINING' && <TrainingTeamHome />}
      {/* Organisations and coordinators: their centres' accreditations that ask something of them. */}
      {(face === 'ORGANISATION' || face === 'CENTRE') && <AccreditationsToWatch />}
      {leads.canAccess ? (
        <MemberClearance />
      ) : (
        face && <NetworkClearance title={face === 'ASSESSOR' ? 'Clearance at your assigned centres' : 'Clearance across the network'} />
      )}
    </>
  );
}
