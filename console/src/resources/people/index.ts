import BadgeIcon from '@mui/icons-material/Badge';
import { PersonCreate } from './PersonCreate';
import { PersonEdit } from './PersonEdit';
import { PersonList } from './PersonList';
import { PersonShow } from './PersonShow';

export default {
  list: PersonList,
  show: PersonShow,
  edit: PersonEdit,
  create: PersonCreate,
  icon: BadgeIcon,
  recordRepresentation: 'fullName',
  options: { label: 'People' },
};
