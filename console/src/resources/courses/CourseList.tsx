import {
  CreateButton,
  Datagrid,
  FilterButton,
  FunctionField,
  List,
  NumberField,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
  TopToolbar,
} from 'react-admin';
import { courseDeliveryChoices, ocnLevelChoices } from '../../labels';
import type { Course } from './types';
import { validityInWords } from './words';

const YES_NO = [
  { id: true, name: 'Yes' },
  { id: false, name: 'No' },
];
const ACTIVE_CHOICES = [
  { id: true, name: 'Offered' },
  { id: false, name: 'Retired' },
];

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Code or title" inputProps={{ 'aria-label': 'Search courses' }} />,
  <SelectInput key="ocnLevel" source="ocnLevel" label="OCN level" choices={ocnLevelChoices} alwaysOn />,
  <SelectInput key="mandatory" source="mandatory" label="Mandatory" choices={YES_NO} alwaysOn />,
  <SelectInput key="active" source="active" label="Offered or retired" choices={ACTIVE_CHOICES} alwaysOn />,
];

/** "Add course" shows itself only to head office and the training team (authProvider.canAccess). */
function Actions() {
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton label="Add course" />
    </TopToolbar>
  );
}

/** NACCC's OCN-accredited catalogue: what each course is worth, how long it lasts, whether someone must hold it. */
export function CourseList() {
  return (
    <List filters={filters} filterDefaultValues={{ active: true }} actions={<Actions />} sort={{ field: 'code', order: 'ASC' }} perPage={25} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" sx={{ whiteSpace: 'nowrap' }} />
        <TextField source="title" />
        <SelectField source="ocnLevel" label="OCN level" choices={ocnLevelChoices} />
        <NumberField source="creditValue" label="Credits" />
        <NumberField source="guidedLearningHours" label="Hours" sortable={false} />
        <SelectField source="delivery" choices={courseDeliveryChoices} sortable={false} />
        <FunctionField source="validityMonths" label="Valid for" render={(course: Course) => validityInWords(course.validityMonths)} />
        <FunctionField source="mandatory" label="Mandatory" sortable={false} render={(course: Course) => (course.mandatory ? 'Yes' : 'No')} />
        <FunctionField source="active" label="Offered" render={(course: Course) => (course.active ? 'Yes' : 'Retired')} />
      </Datagrid>
    </List>
  );
}
