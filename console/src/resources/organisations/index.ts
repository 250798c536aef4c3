import BusinessIcon from '@mui/icons-material/Business';
import { OrganisationCreate } from './OrganisationCreate';
import { OrganisationEdit } from './OrganisationEdit';
import { OrganisationList } from './OrganisationList';
import { OrganisationShow } from './OrganisationShow';

export default {
  list: OrganisationList,
  show: OrganisationShow,
  edit: OrganisationEdit,
  create: OrganisationCreate,
  icon: BusinessIcon,
  recordRepresentation: 'name',
  options: { label: 'Organisations' },
};
