import { z } from 'zod';
import { defineRecordKind } from '../../../src/main/records';
import type { RecordContext } from '../../../src/main/records';
import { encryptedTestDatabase } from '../../helpers/db';

/**
 * A kind as a feature would declare it: only schemas. Drafts may be incomplete; a signed plan
 * needs a title and at least one goal.
 */
export const testPlan = defineRecordKind({
  kind: 'test_plan',
  content: z.strictObject({
    title: z.string().trim().min(1, 'validation.required'),
    goals: z.array(z.string().trim().min(1)).min(1, 'validation.required'),
  }),
  draft: z.strictObject({
    title: z.string().trim().default(''),
    goals: z.array(z.string().trim()).default([]),
  }),
  signatureDetails: z.strictObject({ attestation: z.string().max(500).optional() }),
});

export const otherKind = defineRecordKind({
  kind: 'other_kind',
  content: z.strictObject({ text: z.string() }),
});

export const CAM = { id: 'acc-cam', role: 'case_manager', fullName: 'Cam Manager' } as const;
export const SAGE = { id: 'acc-sage', role: 'supervisor', fullName: 'Sage Supervisor' } as const;

/**
 * A real encrypted clinic database at the latest schema with two staff and one client, and a
 * request context whose clock the test moves forward (each call is a new instant).
 */
export function recordsClinic() {
  const { db, file, dir, key } = encryptedTestDatabase();
  db.exec(`
    INSERT INTO accounts (id, username, full_name, role, created_at, updated_at) VALUES
      ('acc-cam', 'cam', 'Cam Manager', 'case_manager', 'x', 'x'),
      ('acc-sage', 'sage', 'Sage Supervisor', 'supervisor', 'x', 'x');
    INSERT INTO clients (id, client_number, legal_first_name, legal_last_name, sort_name, birth_date, status, created_at, updated_at)
      VALUES ('client-1', 'C-1', 'Ana', 'Diaz', 'diaz, ana', '1990-01-01', 'active', 'x', 'x');
  `);
  let clock = Date.parse('2025-03-01T09:00:00.000Z');
  const as = (actor: typeof CAM | typeof SAGE): RecordContext => {
    clock += 60_000;
    return { db, actor, now: new Date(clock) };
  };
  const audit = () =>
    db.prepare('SELECT action, subject, details FROM audit_log ORDER BY seq').all() as {
      action: string;
      subject: string | null;
      details: string;
    }[];
  return { db, file, dir, key, as, audit };
}
