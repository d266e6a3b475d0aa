import { DomainError } from '../errors';

export function weakPassword(problem: string): DomainError {
  const messages: Record<string, string> = {
    too_short: 'validation.password_short',
    too_long: 'validation.password_long',
    too_common: 'validation.password_common',
    contains_username: 'validation.password_contains_username',
  };
  return new DomainError(
    'weak_password',
    'Please choose a different password.',
    { password: messages[problem] ?? 'validation.password_common' },
    { messageKey: 'errors.weak_password' },
  );
}
