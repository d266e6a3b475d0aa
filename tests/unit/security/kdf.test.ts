import { describe, expect, it } from 'vitest';
import {
  DEFAULT_KDF,
  deriveKey,
  KDF_CEILING,
  kdfParamsProblem,
  OWASP_MINIMUM_KDF,
  type KdfParams,
} from '../../../src/main/security/kdf';

const salt = Buffer.from('somesalt16bytes!');

describe('deriveKey', () => {
  it('matches the reference Argon2id implementation', async () => {
    // Expected value from the reference C implementation (Debian's `argon2` tool):
    //   printf 'pässword' | argon2 somesalt16bytes! -id -t 2 -k 19456 -p 1 -l 32 -r
    const key = await deriveKey('pässword', salt, OWASP_MINIMUM_KDF);
    expect(key.toString('hex')).toBe('e8b89167c790e7fb79326b251a3a0866917b15d5b067932968039bd94777ed0d');
  });

  it('honours every parameter, including lanes', async () => {
    //   printf 'pässword' | argon2 somesalt16bytes! -id -t 3 -k 65536 -p 2 -l 32 -r
    const params: KdfParams = { algorithm: 'argon2id', memoryKiB: 65_536, iterations: 3, parallelism: 2 };
    const key = await deriveKey('pässword', salt, params);
    expect(key.toString('hex')).toBe('c4cc2b446c6a01cc21ec3419cc351ca13671ef0a2de650bc716f06d2eb958028');
  });

  it('treats composed and decomposed accents as the same password', async () => {
    const composed = await deriveKey('p\u00e4ssword', salt, OWASP_MINIMUM_KDF);
    const decomposed = await deriveKey('pa\u0308ssword', salt, OWASP_MINIMUM_KDF);
    expect(decomposed).toEqual(composed);
  });

  it('gives a different 32-byte key when the password, salt or parameters change', async () => {
    const base = await deriveKey('password one', salt, OWASP_MINIMUM_KDF);
    const variants = await Promise.all([
      deriveKey('password two', salt, OWASP_MINIMUM_KDF),
      deriveKey('password one', Buffer.from('othersalt16byte!'), OWASP_MINIMUM_KDF),
      deriveKey('password one', salt, { ...OWASP_MINIMUM_KDF, iterations: 3 }),
    ]);
    expect(base).toHaveLength(32);
    for (const variant of variants) {
      expect(variant).toHaveLength(32);
      expect(variant.equals(base)).toBe(false);
    }
  });

  it('refuses parameters below the OWASP minimum and too-short salts', async () => {
    await expect(deriveKey('pw', salt, { ...OWASP_MINIMUM_KDF, memoryKiB: 19_455 })).rejects.toThrow(
      RangeError,
    );
    await expect(deriveKey('pw', salt, { ...OWASP_MINIMUM_KDF, iterations: 1 })).rejects.toThrow(RangeError);
    await expect(deriveKey('pw', Buffer.alloc(7), OWASP_MINIMUM_KDF)).rejects.toThrow(/salt/);
  });
});

describe('kdfParamsProblem', () => {
  it('accepts the OWASP minimum and the default', () => {
    expect(kdfParamsProblem(OWASP_MINIMUM_KDF)).toBeNull();
    expect(kdfParamsProblem(DEFAULT_KDF)).toBeNull();
  });

  it('has a default at or above the OWASP minimum in every dimension', () => {
    expect(OWASP_MINIMUM_KDF).toEqual({
      algorithm: 'argon2id',
      memoryKiB: 19_456,
      iterations: 2,
      parallelism: 1,
    });
    expect(DEFAULT_KDF.memoryKiB).toBeGreaterThanOrEqual(OWASP_MINIMUM_KDF.memoryKiB);
    expect(DEFAULT_KDF.iterations).toBeGreaterThanOrEqual(OWASP_MINIMUM_KDF.iterations);
    expect(DEFAULT_KDF.parallelism).toBeGreaterThanOrEqual(OWASP_MINIMUM_KDF.parallelism);
  });

  it.each([
    [{ memoryKiB: 19_455 }, /memory \(19455\) is below the minimum of 19456/],
    [{ iterations: 1 }, /iterations \(1\) is below the minimum of 2/],
    [{ parallelism: 0 }, /parallelism \(0\) is below the minimum of 1/],
    [{ memoryKiB: KDF_CEILING.memoryKiB + 1 }, /memory .* above the maximum/],
    [{ iterations: 1_000_000 }, /iterations .* above the maximum/],
    [{ parallelism: 256 }, /parallelism .* above the maximum/],
    [{ memoryKiB: 20_000.5 }, /not a whole number/],
    [{ algorithm: 'argon2i' }, /unsupported key derivation "argon2i"/],
  ])('explains what is wrong with %j', (change, reason) => {
    expect(kdfParamsProblem({ ...OWASP_MINIMUM_KDF, ...change } as KdfParams)).toMatch(reason);
  });
});
