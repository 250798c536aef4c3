import { Tab, Tabs } from '@mui/material';
import {
  AutocompleteInput,
  CreateButton,
  Datagrid,
  FilterButton,
  List,
  ReferenceInput,
  SelectField,
  SelectInput,
  TextField,
  TopToolbar,
  useListContext,
} from 'react-admin';
import { regionChoices, sessionStatusChoices } from '../../labels';
import { courseName } from '../courses/words';
import { CourseField, PlacesField, SessionStatusField, WhenField, WhereField } from './fields';

const filters = [
  <ReferenceInput key="courseId" source="courseId" reference="Course" label="Course" sort={{ field: 'code', order: 'ASC' }} alwaysOn>
    <AutocompleteInput optionText={courseName} label="Course" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 320 }} />
  </ReferenceInput>,
  <SelectInput key="region" source="region" label="Region" choices={regionChoices} alwaysOn />,
  <SelectInput key="status" source="status" label="Status" choices={sessionStatusChoices} alwaysOn />,
];

/** "Schedule session" shows itself only to the training team (authProvider.canAccess). */
function Actions() {
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton label="Schedule session" />
    </TopToolbar>
  );
}

const WHEN = [
  { value: 'upcoming', label: 'Upcoming', filter: true, order: 'ASC' },
  { value: 'past', label: 'Past', filter: false, order: 'DESC' },
] as const;

/**
 * Upcoming or past: a filter of the list (upcoming: true/false), the soonest first for what is to
 * come and the latest first for what has been.
 */
function WhenTabs() {
  const { filterValues, setFilters, displayedFilters, setSort } = useListContext();
  const current = filterValues.upcoming === false ? 'past' : 'upcoming';
  return (
    <Tabs
      value={current}
      aria-label="Which sessions"
      onChange={(_, value: string) => {
        const when = WHEN.find((w) => w.value === value)!;
        setFilters({ ...filterValues, upcoming: when.filter }, displayedFilters);
        setSort({ field: 'startsAt', order: when.order });
      }}
      sx={{ px: 2, borderBottom: 1, borderColor: 'divider' }}
    >
      {WHEN.map((when) => (
        <Tab key={when.value} value={when.value} label={when.label} />
      ))}
    </Tabs>
  );
}

/** The training calendar: every session of every course, upcoming first. */
export function SessionList() {
  return (
    <List
      filters={filters}
      filterDefaultValues={{ upcoming: true }}
      actions={<Actions />}
      sort={{ field: 'startsAt', order: 'ASC' }}
      perPage={25}
      exporter={false}
      title="Sessions"
    >
      <WhenTabs />
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <WhenField label="When (UK time)" />
        <CourseField label="Course" sortable={false} />
        <TextField source="trainer" />
        <WhereField label="Where" />
        <SelectField source="region" choices={regionChoices} emptyText="Online" />
        <PlacesField label="Places" />
        <SessionStatusField label="Status" />
      </Datagrid>
    </List>
  );
}
