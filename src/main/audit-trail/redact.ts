import type { AuditEntry } from '../../shared/contracts/audit';
import type { AccessPolicy } from '../access/policy';

/**
 * Details of a document, template, attachment or export entry that say something clinical about
 * the client it is about: which document (a discharge summary), which kind of paper (hospital
 * papers), whether it carried 42 CFR Part 2 information. The audit trail is an administrator's
 * screen and administrators may see a client's name but nothing clinical (the access table), so
 * these are shown only to a viewer who may read that part of the client's record.
 */
const CLINICAL_DETAILS = ['definition', 'kind'] as const;
const PART2_DETAILS = ['part2Included', 'part2Disclosed', 'recordKind'] as const;
const ABOUT_CLINICAL_RECORDS = /^(?:documents?|attachments?|template|client\.(?:discharge|exported))/;

export function withoutUnreadableDetails(policy: AccessPolicy, entries: readonly AuditEntry[]): AuditEntry[] {
  return entries.map((entry) => {
    if (!entry.subject || !ABOUT_CLINICAL_RECORDS.test(entry.action)) return entry;
    const hidden = [
      ...(policy.may(entry.subject, 'clinical', 'read') ? [] : CLINICAL_DETAILS),
      ...(policy.may(entry.subject, 'part2', 'read') ? [] : PART2_DETAILS),
    ];
    if (!hidden.some((key) => key in entry.details)) return entry;
    const details = Object.fromEntries(
      Object.entries(entry.details).filter(([key]) => !(hidden as readonly string[]).includes(key)),
    );
    return { ...entry, details };
  });
}
