import type { Contact } from '../../../shared/contracts/care-team';
import type { ClientRecord } from '../../../shared/contracts/clients';
import type { Diagnosis } from '../../../shared/contracts/diagnoses';
import { CLIENT_FLAG_KINDS, CLIENT_FLAGS } from '../../../shared/domain/clients';
import { readContacts } from '../../care-team/repository';
import { readDiagnoses } from '../../diagnoses/repository';
import { isSubstanceUseCode } from '../../fhir/disclosure';
import type { Block } from '../engine/blocks';
import { heading, keyValues, table } from '../engine/blocks';
import type { DocumentText } from '../text';
import type { DefinitionContext, DocumentDefinition } from './definition';
import { clientIdentity } from './identity';

/**
 * The client face sheet: who the client is and how to reach them, the people around them, and —
 * where this person may share it — the care team, programs, flags, current risk and diagnoses.
 * Substance-use diagnoses and the Part 2 flag are Part 2 information.
 */

const addressOf = (a: ClientRecord['address']) =>
  [a.line1, a.line2, [a.city, a.region].filter(Boolean).join(', '), a.postalCode].filter(Boolean).join('\n');

function reachBlocks(client: ClientRecord, text: DocumentText): Block[] {
  return [
    heading(text.t('faceSheet.contact')),
    keyValues([
      [
        text.t('faceSheet.phones'),
        client.phones.map((p) => `${text.label('phoneKind', p.kind)}: ${p.number}`).join('\n'),
      ],
      [text.t('common.email'), client.email],
      [text.t('faceSheet.address'), addressOf(client.address)],
      [text.t('faceSheet.assignedWorkers'), client.assignedWorkers.map((w) => w.fullName).join(', ')],
    ]),
  ];
}

function demographicBlocks(client: ClientRecord, people: readonly Contact[], text: DocumentText): Block[] {
  return [
    heading(text.t('faceSheet.demographics')),
    keyValues([
      [text.t('faceSheet.sexAtBirth'), text.label('sex', client.sexAtBirth)],
      [text.t('faceSheet.gender'), client.genderIdentity],
      [text.t('faceSheet.living'), text.label('living', client.livingSituation)],
      [
        text.t('faceSheet.insurance'),
        client.insurance
          .map((i) => [text.label('insurance', i.type), i.memberId].filter(Boolean).join(' '))
          .join('\n'),
      ],
    ]),
    heading(text.t('faceSheet.people')),
    table(
      [
        { header: text.t('common.name') },
        { header: text.t('faceSheet.kind') },
        { header: text.t('faceSheet.relationship') },
        { header: text.t('common.phone') },
        { header: text.t('faceSheet.mayContact'), width: 'auto' },
      ],
      people.map((p) => [
        p.name,
        text.label('contactKind', p.kind),
        p.relationship,
        [p.phone, p.email].filter(Boolean).join('\n'),
        p.mayContact ? `${text.yesNo(true)} (${text.date(p.consentDate)})` : text.yesNo(false),
      ]),
      text.t('common.none'),
    ),
  ];
}

function clinicalBlocks(
  client: ClientRecord,
  careTeam: readonly Contact[],
  diagnoses: readonly Diagnosis[],
  flags: string[],
  text: DocumentText,
): Block[] {
  return [
    heading(text.t('faceSheet.careTeam')),
    table(
      [
        { header: text.t('common.name') },
        { header: text.t('faceSheet.role') },
        { header: text.t('faceSheet.organisation') },
        { header: text.t('common.phone') },
      ],
      careTeam.map((p) => [
        p.name,
        p.careRole ? text.label('careRole', p.careRole) : '',
        p.organisation ?? '',
        [p.phone, p.email].filter(Boolean).join('\n'),
      ]),
      text.t('common.none'),
    ),
    heading(text.t('faceSheet.clinical')),
    keyValues([
      [text.t('faceSheet.risk'), text.label('risk', client.riskLevel)],
      [text.t('faceSheet.flags'), flags.join(', ')],
    ]),
    heading(text.t('faceSheet.programs'), 3),
    table(
      [
        { header: text.t('faceSheet.program') },
        { header: text.t('common.status') },
        { header: text.t('faceSheet.from') },
        { header: text.t('faceSheet.to') },
      ],
      client.enrollments.map((e) => [
        e.program,
        text.label('status', e.status),
        text.date(e.startDate),
        text.date(e.endDate),
      ]),
      text.t('common.none'),
    ),
    heading(text.t('faceSheet.diagnoses'), 3),
    table(
      [
        { header: text.t('faceSheet.code'), width: 'auto' },
        { header: text.t('faceSheet.diagnosis') },
        { header: text.t('faceSheet.primary'), width: 'auto' },
        { header: text.t('faceSheet.onset'), width: 'auto' },
        { header: text.t('faceSheet.resolved'), width: 'auto' },
      ],
      diagnoses.map((d) => [
        d.code,
        d.title,
        text.yesNo(d.isPrimary),
        text.date(d.onsetDate),
        text.date(d.resolvedDate),
      ]),
      text.t('common.none'),
    ),
  ];
}

export const faceSheet: DocumentDefinition<'face_sheet'> = {
  id: 'face_sheet',
  requires: ['contact', 'demographics'],
  includes: ['clinical', 'part2'],
  build({ ctx, clientId, client, text, disclosure }: DefinitionContext) {
    const contacts = readContacts(ctx.db, clientId);
    const people = contacts.filter((c) => c.kind !== 'care_team');
    const careTeam = contacts.filter((c) => c.kind === 'care_team');

    // Flags of the kinds this person may disclose; the Part 2 flag set is Part 2 information.
    const flagShown = CLIENT_FLAGS.filter(
      (flag) => client.flags[flag] && disclosure.may(CLIENT_FLAG_KINDS[flag]),
    );
    const allDiagnoses = readDiagnoses(ctx.db, clientId);
    const diagnoses = allDiagnoses.filter((d) => !isSubstanceUseCode(d.code) || disclosure.may('part2'));
    const part2Diagnoses = allDiagnoses.length - diagnoses.length;
    if (flagShown.includes('part2Protected') || diagnoses.some((d) => isSubstanceUseCode(d.code)))
      disclosure.includePart2();

    const blocks: Block[] = [
      ...clientIdentity(client, text),
      ...reachBlocks(client, text),
      ...demographicBlocks(client, people, text),
    ];
    if (disclosure.may('clinical')) {
      const flags = flagShown.map((flag) => text.label('flag', flag));
      blocks.push(...clinicalBlocks(client, careTeam, diagnoses, flags, text));
      blocks.push(...disclosure.withheld('part2', part2Diagnoses, text));
    } else {
      const clinicalItems = careTeam.length + allDiagnoses.length + client.enrollments.length;
      blocks.push(...disclosure.withheld('clinical', clinicalItems, text));
    }
    return { title: text.t('faceSheet.title'), fileStem: 'face-sheet', blocks };
  },
};
