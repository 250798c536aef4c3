import { Alert, Box, Typography } from '@mui/material';
import { useState } from 'react';
import {
  AutocompleteArrayInput,
  Create,
  email,
  FormDataConsumer,
  ReferenceArrayInput,
  ReferenceInput,
  AutocompleteInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { ROLE_LABELS } from '../../access';
import type { Role } from '../../gql/graphql';
import { usePermissionsOrEmpty } from '../../scope';

/**
 * Inviting someone creates their account and first role; the server answers once with a
 * one-time link to set a password, shown here to pass on (there is no email sending yet).
 */
export function UserCreate() {
  const { face, active } = usePermissionsOrEmpty();
  const [invite, setInvite] = useState<{ email: string; token: string } | null>(null);
  const roles: Role[] = face === 'NATIONAL' ? ['NATIONAL_ADMIN', 'TRAINING_TEAM', 'ASSESSOR', 'ORG_ADMIN', 'CENTRE_COORDINATOR'] : ['ORG_ADMIN', 'CENTRE_COORDINATOR'];
  if (invite) {
    const link = `${window.location.origin}/#/accept-invite?token=${encodeURIComponent(invite.token)}`;
    return (
      <Box p={3} maxWidth={720}>
        <Alert severity="success">Invitation ready for {invite.email}</Alert>
        <Typography mt={2}>Send this link to them. It works once, for seven days, and lets them choose a password:</Typography>
        <Typography component="code" sx={{ display: 'block', mt: 1, p: 1, bgcolor: 'grey.100', wordBreak: 'break-all' }}>
          {link}
        </Typography>
      </Box>
    );
  }
  return (
    <Create
      redirect={false}
      mutationOptions={{ onSuccess: (user: Record<string, unknown>) => setInvite({ email: String(user.email), token: String(user.inviteToken) }) }}
      record={{ organisationId: face === 'ORGANISATION' ? (active?.organisationId ?? undefined) : undefined } as Record<string, unknown>}
    >
      <SimpleForm>
        <TextInput source="displayName" label="Name" validate={required()} fullWidth />
        <TextInput source="email" label="Email address" validate={[required(), email('Enter an email address')]} fullWidth />
        <SelectInput source="role" label="Role" choices={roles.map((id) => ({ id, name: ROLE_LABELS[id] }))} validate={required()} />
        <FormDataConsumer<{ role?: Role; organisationId?: string }>>
          {({ formData }) => (
            <>
              {(formData.role === 'ORG_ADMIN' || formData.role === 'CENTRE_COORDINATOR') && (
                <ReferenceInput source="organisationId" reference="Organisation">
                  <AutocompleteInput optionText="name" label="Organisation" validate={required()} filterToQuery={(q: string) => ({ q })} />
                </ReferenceInput>
              )}
              {(formData.role === 'CENTRE_COORDINATOR' || formData.role === 'ASSESSOR') && (
                <ReferenceArrayInput
                  source="centreIds"
                  reference="Centre"
                  filter={formData.role === 'CENTRE_COORDINATOR' && formData.organisationId ? { organisationId: formData.organisationId } : {}}
                >
                  <AutocompleteArrayInput optionText="name" label="Centres" validate={required()} filterToQuery={(q: string) => ({ q })} />
                </ReferenceArrayInput>
              )}
            </>
          )}
        </FormDataConsumer>
      </SimpleForm>
    </Create>
  );
}
