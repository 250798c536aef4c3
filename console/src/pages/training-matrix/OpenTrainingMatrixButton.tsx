import TableChartIcon from '@mui/icons-material/TableChart';
import { Link } from 'react-router-dom';
import { Button, useCanAccess, useRecordContext } from 'react-admin';
import { trainingMatrixLink } from './path';

/**
 * On an organisation's or a centre's page: its people × mandatory courses. For anyone the server
 * lets read the matrix (head office and the training team read any organisation's; members their own).
 */
export function OpenTrainingMatrixButton({ of }: { of: 'organisation' | 'centre' }) {
  const record = useRecordContext<{ id: string }>();
  const { canAccess } = useCanAccess({ resource: 'TrainingRecord', action: 'matrix' });
  if (!record || !canAccess) return null;
  return (
    <Button component={Link} to={trainingMatrixLink(of === 'centre' ? { centreId: String(record.id) } : { organisationId: String(record.id) })} label="Training compliance">
      <TableChartIcon />
    </Button>
  );
}
