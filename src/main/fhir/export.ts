import type { ClientRecord } from '../../shared/contracts/clients';
import { appendAudit } from '../audit/service';
import { actorOf } from '../auth/service';
import { listContacts } from '../care-team/service';
import { requireFullAccess } from '../clients/access';
import { readClient } from '../clients/repository';
import type { Workstation } from '../core/workstation';
import { listDiagnoses } from '../diagnoses/service';
import { notFound } from '../errors';
import { newId } from '../ids';
import { writeChosenExport } from './export-file';
import { bundle, conditionResource, isSubstanceUseCode, patientResource } from './resources';

/**
 * The abbreviated notice 42 CFR §2.32 allows on a disclosure of Part 2 records; a clinic that
 * uses the full statement can replace this file's text.
 */
export const PART2_REDISCLOSURE_NOTICE = '42 CFR part 2 prohibits unauthorized disclosure of these records.';

/**
 * A client's record as a FHIR R4 Bundle (Patient and Condition; later features add CarePlan,
 * Goal, Observation, QuestionnaireResponse, Consent and ServiceRequest). For a client whose
 * substance-use records are protected by 42 CFR Part 2, substance-use diagnoses are withheld:
 * disclosing them needs a written Part 2 consent, which arrives with the consents feature.
 */
export function exportClientFhir(ws: Workstation, clientId: string) {
  const session = ws.requireSession();
  const db = ws.database();
  const client = readClient(db, clientId) as ClientRecord | null;
  if (!client) throw notFound('That client');
  requireFullAccess(db, session, clientId, ws.now());
  const contacts = listContacts(ws, clientId);
  const diagnoses = listDiagnoses(ws, clientId);
  const protectedPart2 = client.flags.part2Protected;
  const shared = protectedPart2 ? diagnoses.filter((d) => !isSubstanceUseCode(d.code)) : diagnoses;
  const withheld = diagnoses.length - shared.length;
  const now = ws.now();
  const document = bundle(
    [patientResource(client, contacts), ...shared.map((d) => conditionResource(d, client.id))],
    now.toISOString(),
    newId(),
  );
  const { folder, file } = writeChosenExport(ws, session.account.id, JSON.stringify(document, null, 2));
  appendAudit(
    db,
    {
      action: 'client.exported',
      actor: actorOf(session.account),
      subject: clientId,
      details: { format: 'FHIR R4', file, withheldPart2: withheld },
    },
    now,
  );
  return { folder, file, resources: (document.entry as unknown[]).length, withheldPart2Records: withheld };
}
