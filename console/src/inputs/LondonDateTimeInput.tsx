import { Box, TextField } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { InputHelperText, useInput, type Validator } from 'react-admin';
import { londonDateAndTime, londonInstant } from '../resources/sessions/londonTime';

const INSTANT = /^\d{4}-\d{2}-\d{2}T/;

/** Until both parts make a real moment the text is kept as typed, and this says what is wrong with it. */
const wholeDateTime: Validator = (value: unknown) =>
  value && !INSTANT.test(String(value)) ? 'Enter the date as dd/mm/yyyy and the time as hh:mm (24-hour clock), for example 15/03/2027 and 09:30' : undefined;

/**
 * A moment typed as a UK date (dd/mm/yyyy) and a UK time (hh:mm, 24-hour clock), stored as the
 * server's DateTimeISO. The time is London's (GMT or BST as the day falls), whatever the browser's
 * time zone; not the browser's pickers, whose order and zone follow the browser's settings.
 * `sameDayAs` is the value of another such input (a FormDataConsumer hands it over): its date is
 * copied here while this one is still empty (most sessions end on the day they start).
 */
export function LondonDateTimeInput({
  source,
  dateLabel,
  timeLabel,
  validate,
  sameDayAs,
}: {
  source: string;
  dateLabel: string;
  timeLabel: string;
  validate?: Validator[];
  sameDayAs?: string | null;
}) {
  const { field, fieldState, id, isRequired } = useInput({ source, validate: [wholeDateTime, ...(validate ?? [])] });
  const [text, setText] = useState(() => londonDateAndTime(INSTANT.test(field.value ?? '') ? field.value : null));
  const emitted = useRef<unknown>(field.value);

  // A value set from outside (the record loaded, the form reset) replaces what is shown.
  useEffect(() => {
    if (field.value !== emitted.current) {
      emitted.current = field.value;
      setText(londonDateAndTime(INSTANT.test(field.value ?? '') ? field.value : null));
    }
  }, [field.value]);

  useEffect(() => {
    if (!sameDayAs || !INSTANT.test(sameDayAs)) return;
    setText((current) => (current.date === '' && current.time === '' ? { ...current, date: londonDateAndTime(sameDayAs).date } : current));
  }, [sameDayAs]);

  const change = (next: { date: string; time: string }) => {
    setText(next);
    const value = next.date.trim() === '' && next.time.trim() === '' ? null : (londonInstant(next.date, next.time) ?? `${next.date} ${next.time}`);
    emitted.current = value;
    field.onChange(value);
  };

  const invalid = fieldState.invalid;
  const helperId = `${id}-error`;
  // MUI names each part's hint (`<id>-helper-text`); the error, under both parts, is added to it.
  const describedBy = (part: string) => `${id}-${part}-helper-text${invalid ? ` ${helperId}` : ''}`;
  return (
    <Box mb={1}>
      <Box display="flex" gap={2} flexWrap="wrap">
        <TextField
          id={`${id}-date`}
          label={`${dateLabel}${isRequired ? ' *' : ''}`}
          value={text.date}
          onChange={(event) => change({ ...text, date: event.target.value })}
          onBlur={field.onBlur}
          error={invalid}
          helperText="dd/mm/yyyy"
          size="small"
          sx={{ width: 180 }}
          slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off', 'aria-describedby': describedBy('date') } }}
        />
        <TextField
          id={`${id}-time`}
          label={`${timeLabel}${isRequired ? ' *' : ''}`}
          value={text.time}
          onChange={(event) => change({ ...text, time: event.target.value })}
          onBlur={field.onBlur}
          error={invalid}
          helperText="hh:mm, UK time"
          size="small"
          sx={{ width: 150 }}
          slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off', 'aria-describedby': describedBy('time') } }}
        />
      </Box>
      {invalid && (
        <Box id={helperId} sx={{ color: 'error.main', fontSize: '0.75rem', mt: 0.5, mx: 1.75 }}>
          <InputHelperText error={fieldState.error?.message} />
        </Box>
      )}
    </Box>
  );
}
