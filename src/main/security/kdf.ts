import { hashRaw, type Algorithm, type Version } from '@node-rs/argon2';

/**
 * Password-based key derivation for keyring slots (Argon2id).
 *
 * The parameters are stored beside every slot, so a slot written today still opens after
 * DEFAULT_KDF is raised, and a stronger default can be rolled out slot by slot as people sign in.
 */
export interface KdfParams {
  algorithm: 'argon2id';
  /** Memory cost in KiB (Argon2 `m`). */
  memoryKiB: number;
  /** Passes over memory (Argon2 `t`). */
  iterations: number;
  /** Lanes (Argon2 `p`). */
  parallelism: number;
}

/**
 * OWASP Password Storage Cheat Sheet's minimum for Argon2id: 19 MiB, 2 passes, 1 lane.
 * Tests and the test harness use it to stay fast while still using a compliant setting.
 */
export const OWASP_MINIMUM_KDF: Readonly<KdfParams> = Object.freeze({
  algorithm: 'argon2id',
  memoryKiB: 19_456,
  iterations: 2,
  parallelism: 1,
});

/**
 * What new slots get. Sign-in happens a few times a day on one workstation, so we can afford
 * about half a second per attempt, and every offline guess against a stolen keyring file costs an
 * attacker the same 256 MiB × 5 passes.
 *
 * Measured with `npx tsx tests/bench/kdf.bench.ts` on the 2-core reference machine (Xeon, Node 20,
 * median of 5, two runs): m=128 MiB t=3 → 0.12–0.14 s; m=256 MiB t=4 → 0.38–0.41 s;
 * m=256 MiB t=5 → 0.47–0.52 s; m=512 MiB t=2 → 0.46–0.47 s; OWASP minimum → 0.008 s.
 * We take 256 MiB × 5 passes (≈0.5 s) rather than 512 MiB because an old office PC with 4 GiB of
 * RAM must not start swapping at the lock screen. p=1 keeps the time predictable on machines with
 * fewer free cores (p=2 halves wall time only when a core is idle).
 */
export const DEFAULT_KDF: Readonly<KdfParams> = Object.freeze({
  algorithm: 'argon2id',
  memoryKiB: 262_144,
  iterations: 5,
  parallelism: 1,
});

/**
 * Upper bounds a keyring may ask for. The parameters come from a file on disk; without a ceiling
 * a damaged or hostile file could ask for terabytes of memory and crash the app at the lock screen
 * instead of producing a clear "keyring is damaged" message.
 */
export const KDF_CEILING: Readonly<Omit<KdfParams, 'algorithm'>> = Object.freeze({
  memoryKiB: 4 * 1024 * 1024, // 4 GiB
  iterations: 64,
  parallelism: 16,
});

export const DERIVED_KEY_BYTES = 32;
/** Argon2 accepts 8 bytes; 16 random bytes make salt collisions across slots negligible. */
export const KDF_SALT_BYTES = 16;

// @node-rs/argon2 declares these as `const enum`s, which `isolatedModules` builds cannot read
// through the import, so the numeric values are spelled out here.
const ARGON2ID = 2 as Algorithm;
const ARGON2_VERSION_0X13 = 1 as Version;

/**
 * Why these parameters are unacceptable, in plain words, or null when they are fine.
 * Each value is checked on its own against the OWASP minimum (stricter than OWASP's table of
 * equivalent trade-offs, on purpose: one rule that anyone can check by eye).
 */
export function kdfParamsProblem(params: KdfParams): string | null {
  if (params.algorithm !== 'argon2id') return `unsupported key derivation "${String(params.algorithm)}"`;
  const checks: Array<[name: keyof typeof KDF_CEILING, label: string]> = [
    ['memoryKiB', 'memory'],
    ['iterations', 'iterations'],
    ['parallelism', 'parallelism'],
  ];
  for (const [name, label] of checks) {
    const value = params[name];
    if (!Number.isSafeInteger(value)) return `key derivation ${label} is not a whole number`;
    if (value < OWASP_MINIMUM_KDF[name]) {
      return `key derivation ${label} (${value}) is below the minimum of ${OWASP_MINIMUM_KDF[name]}`;
    }
    if (value > KDF_CEILING[name]) {
      return `key derivation ${label} (${value}) is above the maximum of ${KDF_CEILING[name]}`;
    }
  }
  return null;
}

/** Throws a RangeError when the parameters are too weak or absurd; used before writing a slot. */
export function assertKdfParamsAcceptable(params: KdfParams): void {
  const problem = kdfParamsProblem(params);
  if (problem) throw new RangeError(`Refusing weak or invalid KDF parameters: ${problem}.`);
}

/**
 * Derives a 32-byte key from a password. The caller owns the returned buffer and should zero it
 * when done.
 *
 * The password is NFC-normalised first so the same password typed through different keyboards or
 * input methods (precomposed "é" versus "e" + combining accent) yields the same key.
 */
export async function deriveKey(password: string, salt: Buffer, params: KdfParams): Promise<Buffer> {
  assertKdfParamsAcceptable(params);
  if (salt.length < 8) throw new RangeError('KDF salt must be at least 8 bytes.');
  const key = await hashRaw(password.normalize('NFC'), {
    algorithm: ARGON2ID,
    version: ARGON2_VERSION_0X13,
    memoryCost: params.memoryKiB,
    timeCost: params.iterations,
    parallelism: params.parallelism,
    outputLen: DERIVED_KEY_BYTES,
    salt,
  });
  if (key.length !== DERIVED_KEY_BYTES) throw new Error('Argon2 returned a key of unexpected length.');
  return key;
}
