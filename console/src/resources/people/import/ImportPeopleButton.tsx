import UploadIcon from '@mui/icons-material/Upload';
import { Link } from 'react-router-dom';
import { Button, useCanAccess } from 'react-admin';

export const IMPORT_PEOPLE_PATH = '/import-people';

/** Shown, like react-admin's own buttons, only to those the server lets import people. */
export function ImportPeopleButton() {
  const { canAccess } = useCanAccess({ resource: 'Person', action: 'import' });
  if (!canAccess) return null;
  return (
    <Button component={Link} to={IMPORT_PEOPLE_PATH} label="Import people">
      <UploadIcon />
    </Button>
  );
}
