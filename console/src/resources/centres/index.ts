import HomeWorkIcon from '@mui/icons-material/HomeWork';
import { CentreCreate } from './CentreCreate';
import { CentreEdit } from './CentreEdit';
import { CentreList } from './CentreList';
import { CentreShow } from './CentreShow';

export default {
  list: CentreList,
  show: CentreShow,
  edit: CentreEdit,
  create: CentreCreate,
  icon: HomeWorkIcon,
  recordRepresentation: 'name',
  options: { label: 'Centres' },
};
