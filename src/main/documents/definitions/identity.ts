import type { ClientRecord } from '../../../shared/contracts/clients';
import type { Block } from '../engine/blocks';
import { heading, keyValues } from '../engine/blocks';
import type { DocumentText } from '../text';

/** Who the document is about — the contact part of the file, which every document may carry. */
export function clientIdentity(
  client: Pick<
    ClientRecord,
    | 'legalFirstName'
    | 'legalLastName'
    | 'preferredName'
    | 'pronouns'
    | 'birthDate'
    | 'clientNumber'
    | 'status'
    | 'preferredLanguage'
    | 'interpreterNeeded'
  >,
  text: DocumentText,
): Block[] {
  return [
    heading(text.t('faceSheet.identification')),
    keyValues([
      [text.t('faceSheet.legalName'), `${client.legalFirstName} ${client.legalLastName}`],
      [text.t('faceSheet.preferredName'), client.preferredName],
      [text.t('faceSheet.pronouns'), client.pronouns],
      [text.t('faceSheet.birthDate'), text.date(client.birthDate)],
      [text.t('faceSheet.clientNumber'), client.clientNumber],
      [text.t('faceSheet.status'), text.label('status', client.status)],
      [text.t('faceSheet.language'), client.preferredLanguage],
      [text.t('faceSheet.interpreter'), text.yesNo(client.interpreterNeeded)],
    ]),
  ];
}

/** The short form for documents about one part of the record: name, birth date, client ID. */
export function clientLine(
  client: Pick<
    ClientRecord,
    'legalFirstName' | 'legalLastName' | 'preferredName' | 'birthDate' | 'clientNumber'
  >,
  text: DocumentText,
): Block {
  const name = client.preferredName
    ? `${client.legalFirstName} ${client.legalLastName} (${client.preferredName})`
    : `${client.legalFirstName} ${client.legalLastName}`;
  return keyValues([
    [text.t('faceSheet.legalName'), name],
    [text.t('faceSheet.birthDate'), text.date(client.birthDate)],
    [text.t('faceSheet.clientNumber'), client.clientNumber],
  ]);
}
