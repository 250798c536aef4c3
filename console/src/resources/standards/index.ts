import RuleIcon from '@mui/icons-material/Rule';
import { StandardSetCreate } from './StandardSetCreate';
import { StandardSetEdit } from './StandardSetEdit';
import { StandardSetList } from './StandardSetList';
import { StandardSetShow } from './StandardSetShow';

export default {
  list: StandardSetList,
  show: StandardSetShow,
  edit: StandardSetEdit,
  create: StandardSetCreate,
  icon: RuleIcon,
  recordRepresentation: 'versionLabel',
  options: { label: 'National Standards' },
};
