/**
 * Measures Argon2id derivation time for a few parameter sets, so the choice of DEFAULT_KDF in
 * src/main/security/kdf.ts rests on figures from this machine rather than on a guess.
 *
 *   npx tsx tests/bench/kdf.bench.ts
 *
 * Prints the median of 5 derivations per set (after one warm-up), in seconds.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { DEFAULT_KDF, deriveKey, OWASP_MINIMUM_KDF, type KdfParams } from '../../src/main/security/kdf';

const RUNS = 5;

const candidates: KdfParams[] = [
  OWASP_MINIMUM_KDF,
  { algorithm: 'argon2id', memoryKiB: 65_536, iterations: 3, parallelism: 1 },
  { algorithm: 'argon2id', memoryKiB: 131_072, iterations: 3, parallelism: 1 },
  { algorithm: 'argon2id', memoryKiB: 262_144, iterations: 3, parallelism: 1 },
  { algorithm: 'argon2id', memoryKiB: 262_144, iterations: 4, parallelism: 1 },
  { algorithm: 'argon2id', memoryKiB: 262_144, iterations: 5, parallelism: 1 },
  { algorithm: 'argon2id', memoryKiB: 524_288, iterations: 2, parallelism: 1 },
  { algorithm: 'argon2id', memoryKiB: 262_144, iterations: 4, parallelism: 2 },
  { algorithm: 'argon2id', memoryKiB: 262_144, iterations: 8, parallelism: 2 },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function timeOnce(params: KdfParams): Promise<number> {
  const salt = randomBytes(16);
  const started = process.hrtime.bigint();
  const key = await deriveKey('correct horse battery staple', salt, params);
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  key.fill(0);
  return elapsed;
}

const isDefault = (p: KdfParams) =>
  p.memoryKiB === DEFAULT_KDF.memoryKiB &&
  p.iterations === DEFAULT_KDF.iterations &&
  p.parallelism === DEFAULT_KDF.parallelism;

console.log(
  `Argon2id on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
);
console.log(`median of ${RUNS} runs\n`);
console.log('memory (MiB) | iterations | parallelism | seconds');
console.log('-------------|------------|-------------|--------');
for (const params of candidates) {
  await timeOnce(params); // warm-up: first call pays for thread-pool start and page faults
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await timeOnce(params));
  const marks = [params === OWASP_MINIMUM_KDF ? 'OWASP minimum' : '', isDefault(params) ? 'DEFAULT_KDF' : '']
    .filter(Boolean)
    .join(', ');
  console.log(
    `${String(params.memoryKiB / 1024).padStart(12)} | ${String(params.iterations).padStart(10)} | ` +
      `${String(params.parallelism).padStart(11)} | ${median(times).toFixed(3).padStart(6)}` +
      (marks ? `  ← ${marks}` : ''),
  );
}
