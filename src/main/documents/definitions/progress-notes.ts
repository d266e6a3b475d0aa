import type { NoteDetail, NoteSummary } from '../../../shared/contracts/progress-notes';
import type { NoteFormat } from '../../../shared/domain/note-formats';
import { findNoteFormat } from '../../note-formats/formats';
import { daysBetween } from '../../progress-notes/dates';
import { listNotes } from '../../progress-notes/queues';
import { getNote } from '../../progress-notes/write';
import type { Block } from '../engine/blocks';
import { heading, keyValues, paragraph } from '../engine/blocks';
import type { DocumentText } from '../text';
import type { DefinitionContext, DocumentDefinition, RequestOf } from './definition';
import { clientLine } from './identity';
import { localized } from './localized';

/**
 * The signed progress notes of a date range (by contact date), oldest first: each note's contact
 * details, its sections under the format's labels, interventions, response and next steps, and
 * its marks — late entry, entered in error (shown with who marked it, when and why:
 * a record is never silently dropped), co-signature — and its signed addenda. Notes of a Part 2
 * client, and notes marked Part 2, are Part 2 information.
 */

type Formats = (note: NoteDetail) => NoteFormat | null;

function noteBlocks(note: NoteDetail, format: NoteFormat | null, text: DocumentText): Block[] {
  const content = note.current.content;
  const blocks: Block[] = [
    heading(
      text.t('notes.heading', {
        date: text.date(content.contactDate),
        contactType: text.label('contactType', content.contactType),
      }),
    ),
  ];
  if (note.enteredInError)
    blocks.push(
      paragraph(
        text.t('notes.enteredInError', {
          date: text.dateTime(note.enteredInError.at),
          name: note.enteredInError.byName,
          reason: note.enteredInError.reason,
        }),
        'mark',
      ),
    );
  if (note.late && note.signedAt && content.contactDate)
    blocks.push(
      paragraph(
        text.t('notes.late', {
          date: text.dateTime(note.signedAt),
          days: daysBetween(content.contactDate, new Date(note.signedAt)),
        }),
        'mark',
      ),
    );
  blocks.push(
    keyValues([
      [text.t('notes.time'), [content.startTime, content.endTime].filter(Boolean).join('–')],
      [
        text.t('notes.duration'),
        content.durationMinutes === null ? '' : text.t('notes.minutes', { minutes: content.durationMinutes }),
      ],
      [text.t('notes.collateralWith'), content.collateralWith],
      [text.t('notes.location'), content.location],
      [text.t('notes.participants'), content.participants],
      [text.t('notes.author'), note.authorName],
      [text.t('notes.signed'), text.dateTime(note.signedAt)],
    ]),
  );
  for (const section of content.sections) {
    if (!section.text.trim()) continue;
    const label = format?.sections.find((s) => s.id === section.id)?.label;
    blocks.push(heading(label ? localized(label, text.language) : section.id, 3), paragraph(section.text));
  }
  const fields = [
    ['notes.interventions', content.interventions],
    ['notes.clientResponse', content.clientResponse],
    ['notes.nextSteps', content.nextSteps],
  ] as const;
  for (const [key, value] of fields) if (value.trim()) blocks.push(heading(text.t(key), 3), paragraph(value));
  if (content.followUpDate)
    blocks.push(keyValues([[text.t('notes.followUp'), text.date(content.followUpDate)]]));
  for (const cosign of note.current.signatures.filter((s) => s.role === 'supervisor'))
    blocks.push(
      paragraph(
        text.t('notes.cosigned', { name: cosign.signerName, date: text.dateTime(cosign.signedAt) }),
        'muted',
      ),
    );
  for (const addendum of note.addenda.filter((a) => a.signedAt !== null))
    blocks.push(
      heading(
        text.t('notes.addendum', { name: addendum.authorName, date: text.dateTime(addendum.signedAt) }),
        3,
      ),
      paragraph(addendum.text),
    );
  return blocks;
}

const inRange = (note: NoteSummary, from: string, to: string) =>
  note.contactDate !== null && note.contactDate >= from && note.contactDate <= to;

export const progressNotesDocument: DocumentDefinition<'progress_notes'> = {
  id: 'progress_notes',
  requires: ['contact', 'clinical'],
  includes: ['part2'],
  build(
    { ctx, clientId, client, text, disclosure, resources }: DefinitionContext,
    request: RequestOf<'progress_notes'>,
  ) {
    const isPart2 = (note: NoteSummary) => note.part2 || client.flags.part2Protected;
    const signed = listNotes(ctx, { clientId })
      .filter((note) => note.signedAt !== null && inRange(note, request.from, request.to))
      .sort((a, b) =>
        `${a.contactDate} ${a.startTime ?? ''}`.localeCompare(`${b.contactDate} ${b.startTime ?? ''}`),
      );
    const shared = signed.filter((note) => disclosure.may('part2') || !isPart2(note));
    if (shared.some(isPart2)) disclosure.includePart2();

    const formats: Formats = (note) =>
      findNoteFormat(
        ctx.db,
        resources.noteFormats,
        note.current.content.formatId,
        note.current.content.formatVersion,
      );
    const blocks: Block[] = [
      clientLine(client, text),
      keyValues([
        [
          text.t('notes.range'),
          text.t('notes.rangeValue', { from: text.date(request.from), to: text.date(request.to) }),
        ],
        [text.t('notes.count'), String(shared.length)],
      ]),
      ...disclosure.withheld('part2', signed.length - shared.length, text),
    ];
    if (shared.length === 0) blocks.push(paragraph(text.t('notes.none'), 'muted'));
    for (const summary of shared) {
      const note = getNote(ctx, { noteId: summary.id });
      blocks.push(...noteBlocks(note, formats(note), text));
    }
    return { title: text.t('notes.title'), fileStem: 'progress-notes', blocks };
  },
};
