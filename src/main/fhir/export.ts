import type { ClientRecord } from '../../shared/contracts/clients';
import { readContacts } from '../care-team/repository';
import { readClient } from '../clients/repository';
import { readDiagnoses } from '../diagnoses/repository';
import type { SaveLocations } from '../dialogs/chosen-locations';
import type { RequestContext } from '../request/context';
import { notFound } from '../errors';
import { newId } from '../ids';
import { writeChosenExport } from './export-file';
import {
  diagnosesToDisclose,
  isSubstanceUseCode as isPart2Diagnosis,
  labelPart2,
  labelPart2Bundle,
} from './disclosure';
import { bundle, conditionResource, patientResource } from './resources';

/**
 * A client's record as a FHIR R4 Bundle (Patient and Condition; later features add CarePlan,
 * Goal, Observation, QuestionnaireResponse, Consent and ServiceRequest). Exporting is a
 * disclosure: the policy must allow it, and substance-use diagnoses (42 CFR Part 2) leave only
 * with a consent, labelled and carrying the redisclosure notice.
 */
export function exportClientFhir(ctx: RequestContext, saveLocations: SaveLocations, clientId: string) {
  const { db, policy, now } = ctx;
  const client = readClient(db, clientId) as ClientRecord | null;
  if (!client) throw notFound('client');
  policy.require(clientId, 'clinical', 'export');
  const contacts = readContacts(db, clientId);
  const disclosure = diagnosesToDisclose(policy, clientId, readDiagnoses(db, clientId));
  const withheld = disclosure.withheld;
  const conditions = disclosure.shared.map((d) => {
    const condition = conditionResource(d, client.id);
    return isPart2Diagnosis(d.code) ? labelPart2(condition) : condition;
  });
  const plain = bundle([patientResource(client, contacts), ...conditions], now.toISOString(), newId());
  const document = disclosure.part2Included ? labelPart2Bundle(plain) : plain;
  const { folder, file } = writeChosenExport(ctx, saveLocations, JSON.stringify(document, null, 2));
  ctx.audit({
    action: 'client.exported',
    subject: clientId,
    // No count of withheld records here: it would tell the audit trail's readers who has Part 2 records.
    details: { format: 'FHIR R4', file, part2Disclosed: disclosure.part2Included },
  });
  return { folder, file, resources: (document.entry as unknown[]).length, withheldPart2Records: withheld };
}
