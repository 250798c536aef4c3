import UploadIcon from '@mui/icons-material/Upload';
import { Link } from 'react-router-dom';
import { Button } from 'react-admin';

export const IMPORT_PEOPLE_PATH = '/import-people';

export function ImportPeopleButton() {
  return (
    <Button component={Link} to={IMPORT_PEOPLE_PATH} label="Import people">
      <UploadIcon />
    </Button>
  );
}
