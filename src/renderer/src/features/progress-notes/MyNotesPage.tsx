import { Cell, Column, Link, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { NoteSummary } from '../../../../shared/contracts/progress-notes';
import { can } from '../../../../shared/domain/roles';
import { useSession } from '../../app/session';
import { useLanternQuery } from '../../lib/client';
import { errorMessage } from '../../lib/errors';
import { formatCalendarDate } from '../../lib/format';
import { ErrorAlert, LoadingMessage } from '../../ui/feedback';
import { Page } from '../../ui/Page';
import { NoteStateBadge, noteHref, useWhen } from './labels';

type ListChannel = 'notes:myDrafts' | 'notes:returnedToMe' | 'notes:awaitingCosign';

/**
 * My notes (`/notes`): the worker's unsigned drafts, the notes returned to them, and for a
 * supervisor the notes awaiting their co-signature; each row opens the note in its client's file.
 */
export function MyNotesPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  return (
    <Page title={t('notes.mine.title')} wide>
      <NoteQueue
        channel="notes:myDrafts"
        title={t('notes.mine.drafts')}
        empty={t('notes.mine.draftsEmpty')}
      />
      <NoteQueue
        channel="notes:returnedToMe"
        title={t('notes.mine.returned')}
        empty={t('notes.mine.returnedEmpty')}
      />
      {can(session.role, 'notes:cosign') ? (
        <NoteQueue
          channel="notes:awaitingCosign"
          title={t('notes.mine.awaiting')}
          empty={t('notes.mine.awaitingEmpty')}
        />
      ) : null}
    </Page>
  );
}

function NoteQueue(props: { channel: ListChannel; title: string; empty: string }) {
  const { t, i18n } = useTranslation();
  const when = useWhen();
  const navigate = useNavigate();
  const query = useLanternQuery(props.channel, {});
  const headingId = `queue-${props.channel.replace(':', '-')}`;
  const items: NoteSummary[] = query.data ?? [];
  return (
    <section className="panel note-queue" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {props.title}
        {query.data ? <span className="muted"> ({items.length})</span> : null}
      </h2>
      {query.isPending ? <LoadingMessage /> : null}
      {query.isError ? (
        <ErrorAlert>
          {t('notes.loadFailed')} {errorMessage(t, query.error.error)}
        </ErrorAlert>
      ) : null}
      {query.data ? (
        <div className="table-wrap">
          <Table
            aria-labelledby={headingId}
            className="data-table"
            // Enter on a row opens the note in its client's file, as the client's link does.
            onRowAction={(key) => {
              const note = items.find((n) => n.id === key);
              if (note) void navigate(noteHref(note));
            }}
          >
            <TableHeader>
              <Column isRowHeader>{t('notes.mine.client')}</Column>
              <Column>{t('notes.list.date')}</Column>
              <Column>{t('notes.list.type')}</Column>
              <Column>{t('notes.list.author')}</Column>
              <Column>{t('notes.list.state')}</Column>
              <Column>{t('notes.mine.updated')}</Column>
            </TableHeader>
            <TableBody
              items={items}
              // The rows' words follow the language.
              dependencies={[i18n.language]}
              renderEmptyState={() => props.empty}
            >
              {(note) => (
                <Row id={note.id}>
                  <Cell>
                    <Link className="text-link" href={noteHref(note)}>
                      {note.clientName}
                    </Link>
                  </Cell>
                  <Cell>{formatCalendarDate(note.contactDate) || '—'}</Cell>
                  <Cell>{t(`notes.contactType.${note.contactType}`)}</Cell>
                  <Cell>{note.authorName}</Cell>
                  <Cell>
                    <NoteStateBadge note={note} />
                  </Cell>
                  <Cell>{when(note.updatedAt)}</Cell>
                </Row>
              )}
            </TableBody>
          </Table>
        </div>
      ) : null}
    </section>
  );
}
