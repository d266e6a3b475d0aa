/**
 * Password rules follow NIST SP 800-63B: length matters, composition rules do not, and
 * passwords that are known to be common (or built from the context) are refused.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/**
 * A short list of passwords of 12+ characters that appear near the top of public breach
 * corpora, plus words an attacker would try first against this app. Compared case-insensitively.
 */
const COMMON_PASSWORDS = new Set([
  '123456789012',
  '1234567890123',
  '12345678901234',
  '123456123456',
  '111111111111',
  '000000000000',
  '123123123123',
  '121212121212',
  '987654321098',
  '098765432109',
  'qwertyuiop12',
  'qwertyuiop123',
  'qwertyuiopasdfgh',
  'qwertyqwerty',
  'qwerty123456',
  '1q2w3e4r5t6y',
  '1qaz2wsx3edc',
  'q1w2e3r4t5y6',
  'zaq12wsxcde3',
  'asdfghjkl123',
  'asdfasdfasdf',
  'abcdefghijkl',
  'abcdefghijklm',
  'abc123abc123',
  'abcd1234abcd',
  'password1234',
  'password12345',
  'password123456',
  'password123!',
  'passwordpassword',
  'password!234',
  'p@ssw0rd1234',
  'p@ssword1234',
  'passw0rd1234',
  'mypassword123',
  'changeme1234',
  'changemenow1',
  'letmein12345',
  'letmeinplease',
  'welcome12345',
  'welcome123456',
  'welcometo2024',
  'iloveyou1234',
  'iloveyouiloveyou',
  'administrator',
  'administrator1',
  'admin1234567',
  'adminadmin123',
  'football1234',
  'baseball1234',
  'basketball12',
  'superman1234',
  'starwars1234',
  'princess1234',
  'sunshine1234',
  'trustno1trustno1',
  'monkey123456',
  'dragon123456',
  'michael12345',
  'jesusislord1',
  'jesuschrist1',
  'godisgood123',
  'blessed12345',
  'churchchurch',
  'lantern12345',
  'lanternlantern',
  'lanternpassword',
  'casemanager1',
  'casemanagement',
  'mentalhealth1',
  'summer202020',
  'winter202020',
  'spring202020',
  'autumn202020',
  'correcthorsebatterystaple',
]);

export type PasswordProblem = 'too_short' | 'too_long' | 'too_common' | 'contains_username';

/** Returns the first problem with a proposed password, or null if it is acceptable. */
export function checkPassword(password: string, context: { username?: string } = {}): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (password.length > PASSWORD_MAX_LENGTH) return 'too_long';
  const lowered = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lowered)) return 'too_common';
  // One character repeated ("aaaaaaaaaaaa") is as weak as any list entry.
  if (new Set(lowered).size <= 2) return 'too_common';
  const username = context.username?.trim().toLowerCase();
  if (username && username.length >= 3 && lowered.includes(username)) return 'contains_username';
  return null;
}
