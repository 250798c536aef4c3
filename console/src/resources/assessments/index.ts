import FactCheckIcon from '@mui/icons-material/FactCheck';
import { AssessmentShow } from './AssessmentShow';

/** Assessments (visits): no list of their own (assessors have My visits, head office the accreditation's page). */
export default {
  show: AssessmentShow,
  icon: FactCheckIcon,
  options: { label: 'Visits' },
};
