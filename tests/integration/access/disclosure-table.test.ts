import { describe, expect, it } from 'vitest';
import type { Recipient, RecordKind, Relationship, Verdict } from '../../../src/shared/domain/access';
import {
  RECIPIENTS,
  RECORD_KINDS,
  RELATIONSHIPS,
  disclosureVerdict,
} from '../../../src/shared/domain/access';
import type { Role } from '../../../src/shared/domain/roles';
import { ROLES } from '../../../src/shared/domain/roles';

/**
 * The disclosure rule documents ask (shared/domain/access.ts), every cell: role × relationship ×
 * kind × recipient, written out here as the rule is meant to read, not derived from the table.
 * Letters: A allow, C needs consent, R needs a reason (break the glass), D deny; the five letters
 * are contact, demographics, clinical, part2, history in that order.
 */
const CODE: Record<string, Verdict> = { A: 'allow', C: 'needs_consent', R: 'needs_reason', D: 'deny' };

// Clinical staff may hand anything but the history to anyone; Part 2 to someone else needs consent,
// to the client themselves nothing (their own record, 42 CFR 2.23).
const CLINICAL = { other: 'AAACD', client: 'AAAAD' };
const BEHIND_GLASS = { other: 'RRRRR', client: 'RRRRR' };
const NOTHING = { other: 'DDDDD', client: 'DDDDD' };

const EXPECTED: Record<Role, Record<Relationship, Record<Recipient, string>>> = {
  supervisor: { caseload: CLINICAL, team: CLINICAL, granted: CLINICAL, other: CLINICAL },
  case_manager: { caseload: CLINICAL, team: CLINICAL, granted: CLINICAL, other: BEHIND_GLASS },
  // Front desk and administrators see parts of the file on screen but may give none of it out.
  front_desk: { caseload: NOTHING, team: NOTHING, granted: NOTHING, other: NOTHING },
  administrator: { caseload: NOTHING, team: NOTHING, granted: NOTHING, other: NOTHING },
  reporting: { caseload: NOTHING, team: NOTHING, granted: NOTHING, other: NOTHING },
};

describe('the disclosure rule, cell by cell', () => {
  const cells: [Role, Relationship, RecordKind, Recipient, Verdict][] = [];
  for (const role of ROLES)
    for (const relationship of RELATIONSHIPS)
      for (const recipient of RECIPIENTS)
        RECORD_KINDS.forEach((kind, index) =>
          cells.push([
            role,
            relationship,
            kind,
            recipient,
            CODE[EXPECTED[role][relationship][recipient][index]!]!,
          ]),
        );

  it('covers every role, relationship, kind and recipient', () => {
    expect(cells).toHaveLength(ROLES.length * RELATIONSHIPS.length * RECORD_KINDS.length * RECIPIENTS.length);
  });

  it.each(cells)('%s, %s, %s for %s: %s', (role, relationship, kind, recipient, expected) => {
    expect(disclosureVerdict(role, relationship, kind, recipient)).toBe(expected);
  });
});
