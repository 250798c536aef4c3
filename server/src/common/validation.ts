import { ValidateBy, buildMessage, validateSync, type ValidationOptions, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

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

const ARGUMENT_RULES: ValidatorOptions = { forbidUnknownValues: false, stopAtFirstError: false, skipMissingProperties: true };

/**
 * How type-graphql checks every `@Args`/`@Arg` input against its class-validator rules, with the
 * options it would use, but synchronously: the platform's rules are all synchronous, and
 * type-graphql's own path made some ten promises per argument (class-validator's
 * validateOrReject), each paying Node 20's async-hooks cost on every request (W1 profile).
 * Failures are the same ArgumentValidationError, reported as BAD_USER_INPUT naming the field.
 */
export function validateArguments(argValue: unknown): void {
  if (argValue === null || typeof argValue !== 'object') return;
  const items = Array.isArray(argValue) ? argValue.filter((item) => item !== null && typeof item === 'object') : [argValue];
  const errors = items.flatMap((item: object) => validateSync(item, ARGUMENT_RULES));
  if (errors.length) throw new ArgumentValidationError(errors);
}
