import { ArrayField, Datagrid, DateField, ReferenceField, TextField } from 'react-admin';
import { DATE_LOCALE, DATE_OPTIONS } from '../../labels';

/** Every spell at a centre, newest first: moves close one spell and open another. */
export function CentreHistory() {
  return (
    <ArrayField source="centreHistory" label={false}>
      <Datagrid bulkActionButtons={false} rowClick={false} empty={<p>Not assigned to any centre yet.</p>}>
        <ReferenceField source="centreId" reference="Centre" label="Centre" link="show" sortable={false}>
          <TextField source="name" />
        </ReferenceField>
        <DateField source="startedOn" label="From" locales={DATE_LOCALE} options={DATE_OPTIONS} sortable={false} />
        <DateField source="endedOn" label="Until" locales={DATE_LOCALE} options={DATE_OPTIONS} emptyText="Still works there" sortable={false} />
      </Datagrid>
    </ArrayField>
  );
}
