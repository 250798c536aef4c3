import { Card, CardContent, Link, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useConsoleDataProvider } from '../../dataProvider';
import type { AccreditationFilter, AccreditationState } from '../../gql/graphql';
import { ACCREDITATION_KIND_LABELS } from '../../labels';
import { AccreditationStateChip } from '../../resources/accreditations/AccreditationStateChip';
import { accreditationListLink, accreditationPath, centrePath } from '../../resources/accreditations/links';
import { countdown } from '../../resources/accreditations/words';
import { usePermissionsOrEmpty } from '../../scope';

/** The states that ask something of the centre: apply for renewal, get accredited, put things right. */
const TO_WATCH: AccreditationState[] = ['RENEWAL_DUE', 'CANDIDATE', 'SUSPENDED', 'LAPSED'];
const SHOWN = 10;

/** The grant acted under narrows the list when the user holds several (as lists do). */
function useFilter(): AccreditationFilter {
  const { active, grants } = usePermissionsOrEmpty();
  if (grants.length < 2 || !active) return { states: TO_WATCH };
  if (active.role === 'CENTRE_COORDINATOR' && active.centreIds.length === 1) return { states: TO_WATCH, centreId: active.centreIds[0] };
  return { states: TO_WATCH, organisationId: active.organisationId };
}

/**
 * An organisation's or a coordinator's home: their centres whose accreditation is renewal due,
 * candidate, suspended or lapsed, each with what is due and links to the centre and the
 * accreditation. Nothing at all when every accreditation is in order.
 */
export function AccreditationsToWatch() {
  const dataProvider = useConsoleDataProvider();
  const filter = useFilter();
  const titleId = useId();
  const { data } = useQuery({
    queryKey: ['console', 'accreditationsToWatch', filter],
    queryFn: () => dataProvider.accreditationsToWatch({ filter, perPage: SHOWN }),
  });
  if (!data?.data || data.data.length === 0) return null;
  return (
    <Card component="section" aria-labelledby={titleId} sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2" id={titleId}>
          Accreditation needing attention
        </Typography>
        <Typography variant="body2" color="text.secondary" mb={1}>
          Your centres whose accreditation is due for renewal, not yet awarded, suspended or lapsed.
        </Typography>
        <TableContainer>
          <Table size="small" aria-labelledby={titleId}>
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col">
                  Centre
                </TableCell>
                <TableCell component="th" scope="col">
                  Accreditation
                </TableCell>
                <TableCell component="th" scope="col">
                  State
                </TableCell>
                <TableCell component="th" scope="col">
                  What is due
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.data.map((accreditation) => (
                <TableRow key={accreditation.id}>
                  <TableCell component="th" scope="row">
                    {accreditation.centre ? (
                      <Link component={RouterLink} to={centrePath(accreditation.centre.id)}>
                        {accreditation.centre.name}
                      </Link>
                    ) : (
                      ''
                    )}
                  </TableCell>
                  <TableCell>
                    <Link component={RouterLink} to={accreditationPath(accreditation.id)}>
                      {ACCREDITATION_KIND_LABELS[accreditation.kind]}
                    </Link>
                  </TableCell>
                  <TableCell>
                    <AccreditationStateChip state={accreditation.state} />
                  </TableCell>
                  <TableCell>{countdown(accreditation, false)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
        {data.total > data.data.length && (
          <Typography mt={1}>
            Showing {data.data.length} of {data.total.toLocaleString('en-GB')}.{' '}
            <Link component={RouterLink} to={accreditationListLink(filter)}>
              See them all
            </Link>
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}
