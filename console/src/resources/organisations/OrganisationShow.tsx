import {
  Datagrid,
  DateField,
  EditButton,
  EmailField,
  ReferenceManyField,
  SelectField,
  Show,
  Tab,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  CanAccess,
} from 'react-admin';
import { DATE_LOCALE, DATE_TIME_OPTIONS, membershipStatusChoices, organisationTypeChoices, regionChoices } from '../../labels';
import { OpenTrainingMatrixButton } from '../../pages/training-matrix/OpenTrainingMatrixButton';
import { ExportOrganisationButton } from './ExportButton';

/** Each action for those the server lets take it (authProvider.canAccess; EditButton asks by itself). */
function Actions() {
  return (
    <TopToolbar>
      <OpenTrainingMatrixButton of="organisation" />
      <CanAccess action="export">
        <ExportOrganisationButton />
      </CanAccess>
      <EditButton />
    </TopToolbar>
  );
}

export function OrganisationShow() {
  return (
    <Show actions={<Actions />}>
      <TabbedShowLayout>
        <Tab label="Details">
          <TextField source="name" />
          <SelectField source="type" choices={organisationTypeChoices} />
          <TextField source="charityNumber" label="Charity number" emptyText="–" />
          <EmailField source="contactEmail" label="Contact email" />
          <SelectField source="region" choices={regionChoices} />
          <SelectField source="membershipStatus" label="Membership" choices={membershipStatusChoices} />
          <DateField source="updatedAt" label="Last changed" showTime locales={DATE_LOCALE} options={DATE_TIME_OPTIONS} />
        </Tab>
        <Tab label="Centres" path="centres">
          <ReferenceManyField reference="Centre" target="organisationId" label={false} sort={{ field: 'name', order: 'ASC' }}>
            <Datagrid rowClick="show" bulkActionButtons={false} empty={<p>No centres you can see.</p>}>
              <TextField source="name" />
              <TextField source="town" />
              <TextField source="postcode" />
            </Datagrid>
          </ReferenceManyField>
        </Tab>
      </TabbedShowLayout>
    </Show>
  );
}
