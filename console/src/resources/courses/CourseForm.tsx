import AddIcon from '@mui/icons-material/Add';
import RemoveIcon from '@mui/icons-material/RemoveCircleOutline';
import { Box, Typography } from '@mui/material';
import {
  ArrayInput,
  BooleanInput,
  Button,
  FormDataConsumer,
  maxLength,
  maxValue,
  minValue,
  NumberInput,
  regex,
  required,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  useSimpleFormIterator,
  useSimpleFormIteratorItem,
} from 'react-admin';
import type { PersonType, ServiceType } from '../../gql/graphql';
import { courseDeliveryChoices, ocnLevelChoices, personTypeChoices, serviceTypeChoices } from '../../labels';
import { requirementInWords } from './words';

function Part({ title, hint }: { title: string; hint?: string }) {
  return (
    <Box mt={2} mb={1}>
      <Typography variant="h6" component="h2">
        {title}
      </Typography>
      {hint && (
        <Typography variant="body2" color="text.secondary">
          {hint}
        </Typography>
      )}
    </Box>
  );
}

/** In words, not an icon alone: the first thing someone making a course mandatory looks for. */
function AddRuleButton() {
  const { add } = useSimpleFormIterator();
  return (
    <Button label="Add a rule" onClick={() => add()}>
      <AddIcon />
    </Button>
  );
}

/**
 * Always shown, in words: react-admin's own remove button is an icon that appears on hover only,
 * so a keyboard user could not reach it.
 */
function RemoveRuleButton() {
  const { remove, index } = useSimpleFormIteratorItem();
  return (
    <Button label="Remove" aria-label={`Remove rule ${index + 1}`} color="error" onClick={() => remove()}>
      <RemoveIcon />
    </Button>
  );
}

type RequirementValues = { personType?: PersonType | null; serviceType?: ServiceType | null };

/**
 * What the server takes: requirement rows as { personType, serviceType } (an empty choice is
 * null: any type, any service), without the ids the record's rows carry; no validity is null
 * (the course does not expire).
 */
export function courseArguments(data: Record<string, unknown>): Record<string, unknown> {
  const rows = (data.requirements as RequirementValues[] | undefined) ?? [];
  return {
    ...data,
    code: typeof data.code === 'string' ? data.code.trim().toUpperCase() : data.code,
    validityMonths: data.validityMonths === '' || data.validityMonths === undefined ? null : data.validityMonths,
    requirements: rows.map((row) => ({ personType: row?.personType || null, serviceType: row?.serviceType || null })),
  };
}

/** One form for adding and changing a course; the server repeats every check and has the last word. */
export function CourseForm() {
  return (
    <SimpleForm>
      <Part title="The course" />
      <Box display="flex" columnGap={2} flexWrap="wrap" width="100%">
        <TextInput
          source="code"
          label="Code"
          validate={[required(), regex(/^[A-Za-z0-9][A-Za-z0-9-]{1,19}$/, '2 to 20 letters, digits or hyphens, for example SAF-1')]}
          helperText="Short catalogue code, for example SAF-1"
          fullWidth={false}
          sx={{ width: 240 }}
        />
        <TextInput source="title" label="Title" validate={[required(), maxLength(200)]} sx={{ flex: 1, minWidth: 320 }} />
      </Box>
      <TextInput source="description" label="Description" multiline minRows={2} fullWidth validate={maxLength(4000)} />
      <Box display="flex" columnGap={2} flexWrap="wrap" width="100%">
        <SelectInput source="ocnLevel" label="OCN level" choices={ocnLevelChoices} validate={required()} fullWidth={false} sx={{ width: 200 }} />
        <NumberInput source="creditValue" label="OCN credits" validate={[required(), minValue(0), maxValue(120)]} step={1} fullWidth={false} sx={{ width: 160 }} />
        <NumberInput
          source="guidedLearningHours"
          label="Guided learning hours"
          validate={[required(), minValue(0), maxValue(1000)]}
          step={0.5}
          fullWidth={false}
          sx={{ width: 200 }}
        />
        <SelectInput source="delivery" label="Delivery" choices={courseDeliveryChoices} validate={required()} fullWidth={false} sx={{ width: 280 }} />
      </Box>
      <NumberInput
        source="validityMonths"
        label="Stays current for (months)"
        helperText="Leave empty when it does not expire; 36 is three years"
        validate={[minValue(1, 'At least 1 month (or leave it empty)'), maxValue(240, 'At most 240 months (20 years)')]}
        step={1}
        fullWidth={false}
        sx={{ width: 360 }}
      />
      <BooleanInput source="active" label="Offered (turn off to retire the course; its records are kept)" defaultValue />

      <Part
        title="Who must hold it"
        hint="Each row is a rule; someone who matches any row must hold the course. Leave a choice empty for anyone; no rows at all makes the course optional."
      />
      <ArrayInput source="requirements" label={false}>
        <SimpleFormIterator
          inline
          disableReordering
          disableClear
          addButton={<AddRuleButton />}
          removeButton={<RemoveRuleButton />}
          fullWidth
          sx={{ '& .RaSimpleFormIterator-action': { visibility: 'visible' } }}
        >
          <SelectInput source="personType" label="Who" choices={personTypeChoices} emptyText="Everyone (any role)" fullWidth={false} sx={{ width: 240 }} />
          <SelectInput
            source="serviceType"
            label="At centres offering"
            choices={serviceTypeChoices}
            emptyText="Any service (wherever they work)"
            fullWidth={false}
            sx={{ width: 340 }}
          />
          <FormDataConsumer>
            {({ scopedFormData }) => (
              <Typography variant="body2" sx={{ alignSelf: 'center', mb: 2 }}>
                Means: {requirementInWords((scopedFormData ?? {}) as RequirementValues)}
              </Typography>
            )}
          </FormDataConsumer>
        </SimpleFormIterator>
      </ArrayInput>
    </SimpleForm>
  );
}
