import { Button, Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { NoteSummary } from '../../../../shared/contracts/progress-notes';
import { formatCalendarDate } from '../../lib/format';
import { NoteStateBadge, useNoteFormats, useFormatText, useWhen } from './labels';

/** The client's notes, newest contact first; one marked in error is struck through, still readable. */
export function NoteList(props: {
  items: readonly NoteSummary[];
  openId: string | null;
  onOpen(id: string): void;
}) {
  const { t, i18n } = useTranslation();
  const when = useWhen();
  const text = useFormatText();
  const { byId } = useNoteFormats();
  const formatName = (id: string) => {
    const format = byId.get(id);
    return format ? text(format.name) : id;
  };
  return (
    <div className="table-wrap">
      <Table
        aria-label={t('notes.list.label')}
        className="data-table note-list"
        // Enter on a row opens its note, as its button does (the keyboard's way through a table).
        onRowAction={(key) => props.onOpen(String(key))}
      >
        <TableHeader>
          <Column isRowHeader>{t('notes.list.date')}</Column>
          <Column>{t('notes.list.type')}</Column>
          <Column>{t('notes.list.format')}</Column>
          <Column>{t('notes.list.author')}</Column>
          <Column>{t('notes.list.state')}</Column>
          <Column>{t('notes.list.actions')}</Column>
        </TableHeader>
        <TableBody
          items={props.items}
          // The rows' words follow the language, the open row and the formats as they load.
          dependencies={[i18n.language, props.openId, byId]}
          renderEmptyState={() => t('notes.list.empty')}
        >
          {(note) => {
            const struck = note.enteredInError ? 'note-struck' : undefined;
            const date = formatCalendarDate(note.contactDate) || '—';
            return (
              <Row id={note.id} className={note.enteredInError ? 'note-row-in-error' : undefined}>
                <Cell>
                  <span className={struck}>
                    {date} {note.startTime ?? ''}
                  </span>
                </Cell>
                <Cell>
                  <span className={struck}>{t(`notes.contactType.${note.contactType}`)}</span>
                </Cell>
                <Cell>{formatName(note.formatId)}</Cell>
                <Cell>{note.authorName}</Cell>
                <Cell>
                  <NoteStateBadge note={note} />
                  {note.late ? (
                    <>
                      {' '}
                      <span className="badge badge-late">
                        {t('notes.late.short', { contact: date, signed: when(note.signedAt) })}
                      </span>
                    </>
                  ) : null}
                  {note.part2 ? (
                    <>
                      {' '}
                      <span className="badge badge-part2">{t('notes.part2')}</span>
                    </>
                  ) : null}
                  {note.addendumCount > 0 ? (
                    <>
                      {' '}
                      <span className="badge">{t('notes.list.addenda', { count: note.addendumCount })}</span>
                    </>
                  ) : null}
                </Cell>
                <Cell>
                  <Button
                    className="button button-small"
                    aria-label={t(
                      note.state === 'draft' || note.state === 'returned'
                        ? 'notes.list.continueNamed'
                        : 'notes.list.readNamed',
                      {
                        // With the time, so two notes of one day have different names.
                        date: [date, note.startTime].filter(Boolean).join(' '),
                        type: t(`notes.contactType.${note.contactType}`),
                      },
                    )}
                    aria-pressed={props.openId === note.id}
                    onPress={() => props.onOpen(note.id)}
                  >
                    {t(
                      note.state === 'draft' || note.state === 'returned'
                        ? 'notes.list.continue'
                        : 'notes.list.read',
                    )}
                  </Button>
                </Cell>
              </Row>
            );
          }}
        </TableBody>
      </Table>
    </div>
  );
}
