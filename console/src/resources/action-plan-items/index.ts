import ChecklistIcon from '@mui/icons-material/Checklist';
import { ActionPlanItemList } from './ActionPlanItemList';
import { ActionPlanItemShow } from './ActionPlanItemShow';

export default {
  list: ActionPlanItemList,
  show: ActionPlanItemShow,
  icon: ChecklistIcon,
  recordRepresentation: 'description',
  options: { label: 'Actions' },
};
