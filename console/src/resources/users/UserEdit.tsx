import { useSaveErrors } from '../../saveErrors';
import { ArrayField, BooleanInput, Datagrid, Edit, FunctionField, Labeled, ReferenceField, required, SimpleForm, TextField, TextInput } from 'react-admin';
import { ROLE_LABELS } from '../../access';
import type { Role } from '../../gql/graphql';

/** Rename or deactivate (which signs the person out everywhere at once). */
export function UserEdit() {
  const saveErrors = useSaveErrors();
  return (
    <Edit mutationMode="pessimistic" mutationOptions={{ onError: saveErrors }}>
      <SimpleForm>
        <Labeled label="Email address">
          <TextField source="email" />
        </Labeled>
        <TextInput source="displayName" label="Name" validate={required()} fullWidth />
        <BooleanInput source="active" label="Active (switch off to sign them out everywhere and stop them signing in)" />
        <ArrayField source="grants" label="Roles you can see">
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <FunctionField label="Role" render={(grant: { role: Role }) => ROLE_LABELS[grant.role]} />
            <ReferenceField source="organisationId" reference="Organisation" label="Organisation" emptyText="Network-wide">
              <TextField source="name" />
            </ReferenceField>
            <FunctionField label="Centres" render={(grant: { centreIds: string[] }) => (grant.centreIds.length ? `${grant.centreIds.length} named` : 'All')} />
          </Datagrid>
        </ArrayField>
      </SimpleForm>
    </Edit>
  );
}
