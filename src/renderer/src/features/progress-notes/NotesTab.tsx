import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useLanternQuery } from '../../lib/client';
import { errorMessage } from '../../lib/errors';
import type { ClientTabProps } from '../../lib/featureSlots';
import { ErrorAlert, LoadingMessage } from '../../ui/feedback';
import { NewNote } from './NewNote';
import { NoteList } from './NoteList';
import { NotePanel } from './NotePanel';

/**
 * The client file's Notes tab: the client's notes newest first (signed ones and the viewer's own
 * drafts), "New note", the note opened by `?note=<id>` (so a list elsewhere can link to it), and
 * a link to search this client's notes.
 */
export function NotesTab({ file, canEdit }: ClientTabProps) {
  const { t } = useTranslation();
  const clientId = file.client.id;
  const [params, setParams] = useSearchParams();
  const openId = params.get('note');
  const list = useLanternQuery('notes:list', { clientId });
  const open = (noteId: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (noteId) next.set('note', noteId);
        else next.delete('note');
        return next;
      },
      { replace: false },
    );
  return (
    <div className="stack notes-tab">
      <div className="tab-toolbar">
        <h2 className="tab-heading">{t('clients.tabs.notes')}</h2>
        <Link className="text-link" href={`/notes/search?client=${encodeURIComponent(clientId)}`}>
          {t('notes.searchClient')}
        </Link>
      </div>
      {canEdit ? <NewNote clientId={clientId} onStarted={open} /> : null}
      {list.isPending ? <LoadingMessage /> : null}
      {list.isError ? (
        <ErrorAlert>
          {t('notes.loadFailed')} {errorMessage(t, list.error.error)}
        </ErrorAlert>
      ) : null}
      {list.data ? <NoteList items={list.data} openId={openId} onOpen={open} /> : null}
      {openId ? (
        <NotePanel
          key={openId}
          noteId={openId}
          clientId={clientId}
          canEdit={canEdit}
          onDiscarded={() => open(null)}
        />
      ) : null}
    </div>
  );
}
