import { TextInput, type TextInputProps, type Validator } from 'react-admin';
import { ukDate } from '../labels';

/** dd/mm/yyyy (d/m/yyyy too) or yyyy-mm-dd, as a real calendar date in ISO form; null otherwise. */
export function parseUkDate(text: string): string | null {
  const value = text.trim();
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [year, month, day] = uk ? [uk[3], uk[2], uk[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!year || !month || !day) return null;
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const at = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === date ? date : null;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Until the text is a whole date it is kept as typed, and this says what is wrong with it. */
const wholeDate: Validator = (value: unknown) => (value && !ISO.test(String(value)) ? 'Enter a real date as dd/mm/yyyy, for example 27/03/2024' : undefined);

/**
 * A date typed as dd/mm/yyyy and stored as the server's LocalDate (yyyy-mm-dd). Not the browser's
 * date picker: its order follows the browser's language, and an "English (US)" laptop would show
 * and take mm/dd/yyyy, turning 03/04 into the 4th of March without anyone noticing.
 */
export function UkDateInput({ validate, helperText, ...props }: TextInputProps) {
  const validators = [wholeDate, ...(Array.isArray(validate) ? validate : validate ? [validate] : [])];
  return (
    <TextInput
      {...props}
      format={(value: string | null | undefined) => (value && ISO.test(value) ? ukDate(value) : (value ?? ''))}
      parse={(text: string) => (text.trim() === '' ? null : (parseUkDate(text) ?? text))}
      validate={validators}
      helperText={helperText ?? 'dd/mm/yyyy'}
      inputProps={{ inputMode: 'numeric', autoComplete: 'off', ...props.inputProps }}
    />
  );
}
