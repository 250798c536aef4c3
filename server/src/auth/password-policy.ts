import { BadUserInput } from '../common/errors';

export const PASSWORD_MIN_LENGTH = 12;
/** Long passphrases are welcome; the bound only stops hashing megabytes. */
export const PASSWORD_MAX_LENGTH = 256;

/** NCSC guidance: length over composition rules; refuse the obviously guessable. */
export function checkNewPassword(password: string, email: string, field = 'password'): void {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw new BadUserInput(field, `Use at least ${PASSWORD_MIN_LENGTH} characters; a few unrelated words make a strong password`);
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw new BadUserInput(field, `Use at most ${PASSWORD_MAX_LENGTH} characters`);
  }
  if (password.trim().toLowerCase() === email.trim().toLowerCase()) {
    throw new BadUserInput(field, 'Your password must not be your email address');
  }
}
