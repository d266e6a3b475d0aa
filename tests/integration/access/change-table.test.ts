import { describe, expect, it } from 'vitest';
import type { ClientDetailsPatch, ClientFormInput } from '../../../src/shared/contracts/clients';
import type { RecordKind, Relationship, Verdict } from '../../../src/shared/domain/access';
import { RECORD_KINDS, RELATIONSHIPS, changeVerdict } from '../../../src/shared/domain/access';
import type { Role } from '../../../src/shared/domain/roles';
import { ROLES } from '../../../src/shared/domain/roles';
import type { AppError } from '../../../src/shared/result';
import { client } from '../../helpers/clinic';
import { policyClinic } from './policy-clinic';

/**
 * The change rules beside the read table (`changeVerdict` in src/shared/domain/access.ts),
 * cell by cell, against what `clients:updateDetails` and `clients:register` really do on a real
 * encrypted clinic: every role × {own caseload, team, granted, other, a new client} × each kind
 * of record a form can change. `history` is never changed by hand: it is deny everywhere.
 */

const VIEWERS: [string, Role][] = [
  ['sage', 'supervisor'],
  ['cam', 'case_manager'],
  ['fran', 'front_desk'],
  ['ada', 'administrator'],
  ['remy', 'reporting'],
];

/** One field of each kind a client form can change, as a patch. */
const PATCH_OF_KIND: Record<Exclude<RecordKind, 'history'>, (n: number) => ClientDetailsPatch> = {
  contact: (n) => ({ email: `changed-${n}@example.org` }),
  demographics: (n) => ({ genderIdentity: `described ${n}` }),
  clinical: () => ({ flags: { safetyConcern: true } }),
  part2: () => ({ flags: { part2Protected: true } }),
};

const verdictOf = (error: AppError): Verdict => {
  if (error.details?.needsReason) return 'needs_reason';
  expect(error.code, error.message).toBe('forbidden');
  return 'deny';
};

describe('the change rules, enumerated through the channels', () => {
  it('history is written by Lantern only: no role may change it, in any relationship', () => {
    for (const role of ROLES)
      for (const relationship of RELATIONSHIPS)
        expect(changeVerdict(role, relationship, 'history')).toBe('deny');
  });

  for (const [username, role] of VIEWERS) {
    it(`${role}: every relationship and kind gets the rules' verdict, for a change and a registration`, async () => {
      const clinic = await policyClinic();
      await clinic.as(username);
      let n = 0;
      const cells: string[] = [];
      for (const relationship of RELATIONSHIPS) {
        // Only a case manager's relationship changes with the client (as in the read table's test).
        const effective: Relationship = role === 'case_manager' ? relationship : 'other';
        const clientId = clinic.clientIds[relationship];
        for (const kind of Object.keys(PATCH_OF_KIND) as (keyof typeof PATCH_OF_KIND)[]) {
          n += 1;
          // The version the viewer saw, when they may see the file at all.
          const file = await clinic.core.invoke('clients:get', { id: clientId });
          const expectedUpdatedAt = file.ok
            ? (file.value as { client: { updatedAt: string } }).client.updatedAt
            : 'x';
          const result = await clinic.core.invoke('clients:updateDetails', {
            id: clientId,
            client: PATCH_OF_KIND[kind](n),
            expectedUpdatedAt,
          });
          const actual: Verdict = result.ok ? 'allow' : verdictOf(result.error);
          expect(actual, `${role} ${relationship} ${kind}`).toBe(changeVerdict(role, effective, kind));
          cells.push(`${relationship}/${kind}`);
        }
      }
      for (const kind of Object.keys(PATCH_OF_KIND) as (keyof typeof PATCH_OF_KIND)[]) {
        n += 1;
        const { flags, ...fields } = PATCH_OF_KIND[kind](n);
        const input: ClientFormInput = client({
          legalLastName: `Newcomer${n}`,
          enrollments: [],
          ...(fields as Partial<ClientFormInput>),
          ...(flags ? { flags } : {}),
        });
        const result = await clinic.core.invoke('clients:register', {
          client: input,
          duplicatesReviewed: true,
        });
        const actual: Verdict = result.ok ? 'allow' : verdictOf(result.error);
        expect(actual, `${role} registering with ${kind}`).toBe(changeVerdict(role, 'caseload', kind));
        cells.push(`new/${kind}`);
      }
      expect(cells).toHaveLength((RELATIONSHIPS.length + 1) * (RECORD_KINDS.length - 1));
    }, 120_000);
  }
});
