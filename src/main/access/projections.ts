import type { Contact } from '../../shared/contracts/care-team';
import type { ClientFile, ClientRecord } from '../../shared/contracts/clients';
import { clientContactSchema, clientDemographicsSchema } from '../../shared/contracts/clients';
import type { RecordKind } from '../../shared/domain/access';
import type { FileView } from './policy';

/**
 * What of a record a viewer receives, decided by the kinds the policy lets them see. The schemas
 * are plain `z.object`s, so parsing a full record through one keeps its fields and drops the rest.
 */
export function clientFileFor(view: FileView, client: ClientRecord, accessReason: string | null): ClientFile {
  if (view === 'full') return { access: 'full', accessReason, client };
  if (view === 'demographics')
    return { access: 'demographics', accessReason: null, client: clientDemographicsSchema.parse(client) };
  return { access: 'contact', accessReason: null, client: clientContactSchema.parse(client) };
}

/** A merged record's snapshot as an administrator may review it (older snapshots may lack fields). */
export function reviewableSnapshot(snapshot: unknown) {
  return clientDemographicsSchema.partial().parse(snapshot);
}

/**
 * A contact as the viewer may see it, or null when they may not see it at all. A care-team
 * member's role (psychiatrist, pharmacy, a methadone programme as organisation) reveals
 * treatment, and notes are free text that can say anything: both are clinical.
 */
export function contactFor(contact: Contact, kinds: ReadonlySet<RecordKind>): Contact | null {
  if (kinds.has('clinical')) return contact;
  if (!kinds.has('contact') || contact.kind === 'care_team') return null;
  const { careRole: _role, notes: _notes, organisation, ...basics } = contact;
  return kinds.has('demographics') ? { ...basics, organisation: organisation ?? '' } : basics;
}
