import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  formatRecoveryKey,
  generateRecoveryKey,
  parseRecoveryKey,
  RECOVERY_KEY_SYMBOLS,
} from '../../../src/main/security/recovery-key';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DISPLAY_SHAPE = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){12}$/;

/** An independent encoder (BigInt arithmetic instead of bit buffering) to check the real one against. */
function referenceEncode(bytes: Buffer): string {
  let value = BigInt(`0x${bytes.toString('hex')}`) << 4n; // 256 bits + 4 zero padding bits = 52 symbols
  let symbols = '';
  for (let i = 0; i < 52; i++) {
    symbols = CROCKFORD[Number(value & 31n)] + symbols;
    value >>= 5n;
  }
  return symbols;
}

const ungrouped = (display: string) => display.replaceAll('-', '');

describe('generateRecoveryKey', () => {
  it('returns 32 random bytes and their grouped Crockford base32 form', () => {
    const key = generateRecoveryKey();
    expect(key.bytes).toHaveLength(32);
    expect(key.display).toMatch(DISPLAY_SHAPE);
    expect(ungrouped(key.display)).toBe(referenceEncode(key.bytes));
    expect(parseRecoveryKey(key.display)).toEqual(key.bytes);
  });

  it('never repeats itself', () => {
    const displays = new Set(Array.from({ length: 50 }, () => generateRecoveryKey().display));
    expect(displays.size).toBe(50);
  });
});

describe('formatRecoveryKey', () => {
  it('encodes known values exactly', () => {
    expect(formatRecoveryKey(Buffer.alloc(32, 0))).toBe(Array(13).fill('0000').join('-'));
    // 51 symbols of all ones, then 1 data bit followed by 4 padding zeros (0b10000 = 16 = 'G').
    expect(ungrouped(formatRecoveryKey(Buffer.alloc(32, 0xff)))).toBe(`${'Z'.repeat(51)}G`);
  });

  it('agrees with an independent encoder on random keys', () => {
    for (let i = 0; i < 200; i++) {
      const bytes = randomBytes(32);
      expect(ungrouped(formatRecoveryKey(bytes))).toBe(referenceEncode(bytes));
    }
  });

  it('refuses anything but 32 bytes', () => {
    expect(() => formatRecoveryKey(randomBytes(31))).toThrow(RangeError);
    expect(() => formatRecoveryKey(randomBytes(33))).toThrow(RangeError);
  });
});

describe('parseRecoveryKey', () => {
  const { display, bytes } = generateRecoveryKey();

  it('reads the key back however a person typed it', () => {
    const variants = [
      display,
      display.toLowerCase(),
      ungrouped(display),
      display.replaceAll('-', ' '),
      `  ${display.replaceAll('-', ' - ')}\n`,
      display.replaceAll('-', '\u2013'), // en dash pasted from a word processor
    ];
    for (const typed of variants) expect(parseRecoveryKey(typed)).toEqual(bytes);
  });

  it('reads I and L as 1 and O as 0', () => {
    const withOnesAndZeros = formatRecoveryKey(Buffer.alloc(32, 0x08)); // 00001000… contains both 0 and 1
    expect(withOnesAndZeros).toMatch(/1/);
    expect(withOnesAndZeros).toMatch(/0/);
    const confused = withOnesAndZeros
      .replace('1', 'I')
      .replaceAll('1', 'l')
      .replace('0', 'o')
      .replaceAll('0', 'O');
    expect(confused).not.toMatch(/[01]/);
    expect(confused).toMatch(/I/);
    expect(confused).toMatch(/o/);
    expect(parseRecoveryKey(confused)).toEqual(Buffer.alloc(32, 0x08));
  });

  it('returns null for text that cannot be a recovery key', () => {
    const symbols = ungrouped(display);
    expect(symbols).toHaveLength(RECOVERY_KEY_SYMBOLS);
    const garbled = [
      '',
      symbols.slice(0, -1), // one character short
      `${symbols}0`, // one too many
      `U${symbols.slice(1)}`, // U is not in Crockford's alphabet
      `*${symbols.slice(1)}`,
      `${symbols.slice(0, 20)}_${symbols.slice(21)}`,
      `${'0'.repeat(51)}1`, // non-zero padding bits: no 32-byte key encodes to this
      'correct horse battery staple',
    ];
    for (const text of garbled) expect(parseRecoveryKey(text), text).toBeNull();
  });
});
