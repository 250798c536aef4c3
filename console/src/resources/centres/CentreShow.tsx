import { Box } from '@mui/material';
import {
  BooleanField,
  DateField,
  EditButton,
  NumberField,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  FunctionField,
} from 'react-admin';
import type { ReferralRoute, ServiceType } from '../../gql/graphql';
import { centreKindChoices, DATE_LOCALE, DATE_TIME_OPTIONS, REFERRAL_ROUTE_LABELS, regionChoices, SERVICE_TYPE_LABELS } from '../../labels';
import { OpenTrainingMatrixButton } from '../../pages/training-matrix/OpenTrainingMatrixButton';
import { CentreAccreditations } from '../accreditations/CentreAccreditations';
import type { Centre } from './types';

/** The matrix of its people's training; the Edit button shows itself only to those the server lets update centres (authProvider.canAccess). */
function Actions() {
  return (
    <TopToolbar>
      <OpenTrainingMatrixButton of="centre" />
      <EditButton />
    </TopToolbar>
  );
}

const labelsOf =
  <T extends string>(labels: Record<T, string>, source: string) =>
  (record: Record<string, T[]>) =>
    (record[source] ?? []).map((value) => labels[value]).join(', ') || 'None';

export function CentreShow() {
  return (
    <Show actions={<Actions />}>
      <SimpleShowLayout>
        <TextField source="name" />
        <ReferenceField source="organisationId" reference="Organisation" label="Organisation" link="show">
          <TextField source="name" />
        </ReferenceField>
        <SelectField source="kind" choices={centreKindChoices} />
        <FunctionField label="Service types" render={labelsOf<ServiceType>(SERVICE_TYPE_LABELS, 'serviceTypes')} />
        <FunctionField label="Referrals accepted from" render={labelsOf<ReferralRoute>(REFERRAL_ROUTE_LABELS, 'referralRoutes')} />
        <TextField source="addressLine1" emptyText="No venue" />
        <TextField source="addressLine2" emptyText="" />
        <TextField source="town" />
        <TextField source="postcode" />
        <SelectField source="region" choices={regionChoices} />
        <FunctionField
          label="Map position (postcode district)"
          render={(record: Centre) => `${record.latitude.toFixed(4)}, ${record.longitude.toFixed(4)}`}
        />
        <TextField source="openingPattern" emptyText="Not given" />
        <TextField source="accessibilityNotes" emptyText="Not given" />
        <FunctionField label="Languages besides English" render={(record: Centre) => record.languages.join(', ') || 'None'} />
        <TextField source="feesNote" emptyText="Not given" />
        <BooleanField source="publiclyListed" label="Its organisation lists it publicly" />
        <DateField source="updatedAt" label="Last changed" showTime locales={DATE_LOCALE} options={DATE_TIME_OPTIONS} />
        <NumberField source="version" label="Version" />
      </SimpleShowLayout>
      <Box px={2} pb={2}>
        <CentreAccreditations />
      </Box>
    </Show>
  );
}
