import SchoolIcon from '@mui/icons-material/School';
import { CourseCreate } from './CourseCreate';
import { CourseEdit } from './CourseEdit';
import { CourseList } from './CourseList';
import { CourseShow } from './CourseShow';

export default {
  list: CourseList,
  show: CourseShow,
  edit: CourseEdit,
  create: CourseCreate,
  icon: SchoolIcon,
  recordRepresentation: 'title',
  options: { label: 'Courses' },
};
