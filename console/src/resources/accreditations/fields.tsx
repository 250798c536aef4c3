import { FunctionField, ReferenceField, TextField, type FunctionFieldProps } from 'react-admin';
import { ACCREDITATION_KIND_LABELS, ukDate } from '../../labels';
import { AccreditationStateChip } from './AccreditationStateChip';
import type { Accreditation } from './types';
import { countdown } from './words';

type FieldProps = Omit<FunctionFieldProps, 'render'>;

/** A calendar date of the accreditation as dd/mm/yyyy (not through `Date`: a LocalDate has no zone). */
export function UkDateField({ source, emptyText = '', ...props }: FieldProps & { source: keyof Accreditation & string; emptyText?: string }) {
  return <FunctionField sortBy={source} {...props} render={(record: Accreditation) => (record[source] ? ukDate(record[source] as string) : emptyText)} />;
}

export function KindField(props: FieldProps) {
  return <FunctionField sortBy="kind" {...props} render={(record: Accreditation) => ACCREDITATION_KIND_LABELS[record.kind]} />;
}

export function StateField(props: FieldProps) {
  return <FunctionField sortBy="state" {...props} render={(record: Accreditation) => <AccreditationStateChip state={record.state} />} />;
}

/** "expires in 240 days", "overdue since 10/12/2026", … */
export function CountdownField({ exact = true, ...props }: FieldProps & { exact?: boolean }) {
  return <FunctionField sortable={false} {...props} render={(record: Accreditation) => countdown(record, exact)} />;
}

/** The centre by name, linking to its page. */
export function CentreField({ link = 'show', ...props }: { label?: string; link?: 'show' | false; sortable?: boolean }) {
  return (
    <ReferenceField source="centreId" reference="Centre" link={link} sortable={false} {...props}>
      <TextField source="name" />
    </ReferenceField>
  );
}
