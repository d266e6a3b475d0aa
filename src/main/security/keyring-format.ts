import { createHash } from 'node:crypto';
import { z } from 'zod';
import { KDF_SALT_BYTES, kdfParamsProblem } from './kdf';

/**
 * The keyring's on-disk format (version 2), all binary values base64:
 *   format, version, clinicName (shown on the lock screen; not secret),
 *   lookupSalt — HMAC key that turns usernames into slot lookups, so usernames are not stored,
 *   databaseKeyCheck — HMAC-SHA256(databaseKey, label): lets us refuse to wrap the wrong key,
 *   accounts[] — { accountId, lookup, kdf, salt, sealed, sealedDatabaseKey, sealedSlotKey },
 *   recovery — { hkdfSalt, sealed, sealedDatabaseKey, sealedSlotKey },
 *   checksum — SHA-256 (hex) of the rest of the document as canonical JSON (sorted keys).
 *
 * Two levels, so the database key can be changed without anyone's password (see
 * keyring-crypto.ts): `sealed` is the slot's own random key under the password (or recovery)
 * key, `sealedDatabaseKey` the database key under the slot key, and `sealedSlotKey` the slot key
 * under the database key, which lets whoever holds today's database key seal tomorrow's for
 * every slot. Version 1 slots (`sealed` = the database key itself, no inner seals) are still read;
 * they are upgraded when their owner next signs in, and cannot follow a change of database key.
 * The checksum is not a defence against a deliberate attacker (who could recompute it, and who
 * gains nothing but denial of service); it makes accidental damage read as "keyring damaged"
 * instead of as "wrong password" forever.
 *
 * This module only knows the shape of the file; sealing and opening slots is in keyring-crypto.ts.
 */

export const FORMAT = 'lantern-keyring';
export const VERSION = 2;
/** Oldest format still read (its slots wrap the database key directly). */
export const OLDEST_VERSION = 1;
export const DATABASE_KEY_BYTES = 32;
export const MAX_FILE_BYTES = 1024 * 1024; // thousands of slots fit; anything bigger is not ours

// ---- file schema --------------------------------------------------------------------------------

const bytes = (length: number) =>
  z.base64().refine((text) => Buffer.from(text, 'base64').length === length, `must be ${length} bytes`);

const kdfSchema = z
  .strictObject({
    algorithm: z.literal('argon2id'),
    memoryKiB: z.number(),
    iterations: z.number(),
    parallelism: z.number(),
  })
  .superRefine((params, ctx) => {
    const problem = kdfParamsProblem(params);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const sealedSchema = z.strictObject({ iv: bytes(12), ciphertext: bytes(DATABASE_KEY_BYTES), tag: bytes(16) });
// Both inner seals or neither: a slot with only one of them could never be rewrapped or opened.
const innerSeals = {
  sealedDatabaseKey: sealedSchema.optional(),
  sealedSlotKey: sealedSchema.optional(),
};
const bothOrNeither = (slot: { sealedDatabaseKey?: unknown; sealedSlotKey?: unknown }) =>
  (slot.sealedDatabaseKey === undefined) === (slot.sealedSlotKey === undefined);
const accountSlotSchema = z
  .strictObject({
    accountId: z.string().min(1).max(200),
    lookup: bytes(32),
    kdf: kdfSchema,
    salt: bytes(KDF_SALT_BYTES),
    sealed: sealedSchema,
    ...innerSeals,
  })
  .refine(bothOrNeither, 'a slot must hold both inner seals or neither');
const recoverySlotSchema = z
  .strictObject({ hkdfSalt: bytes(32), sealed: sealedSchema, ...innerSeals })
  .refine(bothOrNeither, 'the recovery slot must hold both inner seals or neither');
const clinicNameSchema = z.string().trim().min(1).max(200);

const documentSchema = z.strictObject({
  format: z.literal(FORMAT),
  version: z.union([z.literal(OLDEST_VERSION), z.literal(VERSION)]),
  clinicName: clinicNameSchema,
  lookupSalt: bytes(32),
  databaseKeyCheck: bytes(32),
  accounts: z.array(accountSlotSchema).superRefine((slots, ctx) => {
    if (new Set(slots.map((slot) => slot.accountId)).size !== slots.length) {
      ctx.addIssue({ code: 'custom', message: 'two slots belong to the same account' });
    }
    if (new Set(slots.map((slot) => slot.lookup)).size !== slots.length) {
      ctx.addIssue({ code: 'custom', message: 'two slots share one username' });
    }
  }),
  recovery: recoverySlotSchema,
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
});

export type KeyringDocument = z.infer<typeof documentSchema>;
export type KeyringBody = Omit<KeyringDocument, 'checksum'>;
export type AccountSlot = KeyringDocument['accounts'][number];
export type RecoverySlot = KeyringDocument['recovery'];
export type Sealed = AccountSlot['sealed'];

/** A version 1 slot: its `sealed` holds the database key itself, so it cannot be rewrapped. */
export function isLegacySlot(slot: AccountSlot | RecoverySlot): boolean {
  return slot.sealedDatabaseKey === undefined || slot.sealedSlotKey === undefined;
}

/**
 * The outcome of reading a keyring file. A failure carries only the reason; the caller words it
 * as a "keyring damaged" error, so this module needs nothing from the Keyring itself.
 */
export type ParsedDocument = { ok: true; document: KeyringDocument } | { ok: false; reason: string };

export function parseClinicName(name: string): string {
  const parsed = clinicNameSchema.safeParse(name);
  if (!parsed.success) throw new RangeError('The clinic name must be 1 to 200 characters.');
  return parsed.data;
}

// ---- reading and writing the document -----------------------------------------------------------

export function parseDocument(raw: Buffer): ParsedDocument {
  const fail = (reason: string): ParsedDocument => ({ ok: false, reason });
  let json: unknown;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(raw).replace(/^\uFEFF/, '');
    json = JSON.parse(text);
  } catch {
    return fail(raw.length === 0 ? 'the file is empty' : 'it is not valid JSON (it may be cut short)');
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== FORMAT) {
    return fail('it is not a Lantern keyring');
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > VERSION) {
    return fail(`it was written by a newer version of Lantern (format ${version}); update Lantern`);
  }
  if (version !== VERSION && version !== OLDEST_VERSION)
    return fail(`its format version (${String(version)}) is not supported`);

  const parsed = documentSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.map(String).join('.')}: ` : '';
    return fail(`${where}${issue?.message ?? 'invalid contents'}`);
  }
  // Checked over the JSON exactly as read, so no schema normalisation can mask a change.
  if (checksumOf(json as KeyringDocument) !== parsed.data.checksum) {
    return fail('its checksum does not match, so it was changed or damaged after it was written');
  }
  return { ok: true, document: parsed.data };
}

export function withChecksum(body: KeyringBody): KeyringDocument {
  return { ...body, checksum: checksumOf(body) };
}

function checksumOf(document: KeyringBody | KeyringDocument): string {
  const { checksum: _ignored, ...body } = document as KeyringDocument;
  return createHash('sha256').update(canonicalJson(body), 'utf8').digest('hex');
}

/** JSON with object keys sorted, so the checksum does not depend on key order in the file. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const entries = Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

export function serialize(document: KeyringDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
