import { ValidateBy, buildMessage, type ValidationOptions } from 'class-validator';

/** Rejects empty and whitespace-only strings, which `IsNotEmpty` lets through. */
export function NotBlank(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'notBlank',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && value.trim().length > 0,
        defaultMessage: buildMessage((each) => `${each}$property must not be blank`, options),
      },
    },
    options,
  );
}

/** Text typed by people: no control characters other than line breaks and tabs. */
export function PlainText(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'plainText',
      validator: {
        // eslint-disable-next-line no-control-regex
        validate: (value: unknown) => typeof value !== 'string' || !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value),
        defaultMessage: buildMessage((each) => `${each}$property must not contain control characters`, options),
      },
    },
    options,
  );
}

/** Trims text fields once, in the service, so stored values never carry stray spaces. */
export function tidy<T extends string | null | undefined>(value: T): T {
  return (typeof value === 'string' ? value.trim() : value) as T;
}
