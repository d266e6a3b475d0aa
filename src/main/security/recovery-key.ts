import { randomBytes } from 'node:crypto';

/**
 * The recovery key: 32 random bytes shown once at setup, printed, and typed back in by a person
 * when every password is lost. Crockford base32 is used because it has no look-alike letters
 * (no I, L, O, U), is case-insensitive, and reads aloud well; groups of four keep a person's place
 * while typing 52 characters from paper.
 */
export const RECOVERY_KEY_BYTES = 32;

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BITS_PER_SYMBOL = 5;
/** 256 bits need 52 symbols; the last symbol carries 1 data bit and 4 zero padding bits. */
export const RECOVERY_KEY_SYMBOLS = Math.ceil((RECOVERY_KEY_BYTES * 8) / BITS_PER_SYMBOL);
const GROUP_SIZE = 4;

const SYMBOL_VALUES: ReadonlyMap<string, number> = new Map([
  ...[...ALPHABET].map((symbol, value): [string, number] => [symbol, value]),
  // Crockford's decoding rules: letters people confuse with digits read as those digits.
  ['I', 1],
  ['L', 1],
  ['O', 0],
]);

/** Spaces, tabs, line breaks and every kind of dash a word processor or PDF might substitute. */
const SEPARATORS = /[\s\-\u2010-\u2015\u2212]/g;

export function generateRecoveryKey(): { display: string; bytes: Buffer } {
  const bytes = randomBytes(RECOVERY_KEY_BYTES);
  return { display: formatRecoveryKey(bytes), bytes };
}

/** `ABCD-EFGH-…`: 13 groups of 4 Crockford base32 symbols. */
export function formatRecoveryKey(bytes: Buffer): string {
  if (bytes.length !== RECOVERY_KEY_BYTES) {
    throw new RangeError(`A recovery key is ${RECOVERY_KEY_BYTES} bytes, got ${bytes.length}.`);
  }
  let symbols = '';
  let buffer = 0;
  let bitCount = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bitCount += 8;
    while (bitCount >= BITS_PER_SYMBOL) {
      bitCount -= BITS_PER_SYMBOL;
      symbols += ALPHABET[(buffer >> bitCount) & 0b11111];
    }
    buffer &= (1 << bitCount) - 1; // keep only the bits not yet written, so it never overflows
  }
  if (bitCount > 0) symbols += ALPHABET[(buffer << (BITS_PER_SYMBOL - bitCount)) & 0b11111];
  return symbols.match(new RegExp(`.{1,${GROUP_SIZE}}`, 'g'))?.join('-') ?? '';
}

/**
 * Reads a recovery key as a person typed it: any case, with or without spaces and hyphens, with
 * I/L for 1 and O for 0. Returns null when it cannot be a recovery key (wrong length, a character
 * outside the alphabet, or non-zero padding bits), so the screen can say "that doesn't look like a
 * recovery key" before trying to unlock anything.
 */
export function parseRecoveryKey(text: string): Buffer | null {
  const symbols = text.toUpperCase().replace(SEPARATORS, '');
  if (symbols.length !== RECOVERY_KEY_SYMBOLS) return null;

  const bytes = Buffer.alloc(RECOVERY_KEY_BYTES);
  let written = 0;
  let buffer = 0;
  let bitCount = 0;
  for (const symbol of symbols) {
    const value = SYMBOL_VALUES.get(symbol);
    if (value === undefined) return null;
    buffer = (buffer << BITS_PER_SYMBOL) | value;
    bitCount += BITS_PER_SYMBOL;
    if (bitCount >= 8) {
      bitCount -= 8;
      bytes[written++] = (buffer >> bitCount) & 0xff;
      buffer &= (1 << bitCount) - 1;
    }
  }
  // Exactly the 4 padding bits remain; a canonical key has them all zero.
  if (written !== RECOVERY_KEY_BYTES || buffer !== 0) return null;
  return bytes;
}
