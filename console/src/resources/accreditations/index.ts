import VerifiedIcon from '@mui/icons-material/Verified';
import { AccreditationList } from './AccreditationList';
import { AccreditationShow } from './AccreditationShow';

export default {
  list: AccreditationList,
  show: AccreditationShow,
  icon: VerifiedIcon,
  options: { label: 'Accreditations' },
};
