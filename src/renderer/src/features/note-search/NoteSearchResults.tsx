import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { NoteSearchHit } from '../../../../shared/contracts/progress-notes';
import { formatCalendarDate } from '../../lib/format';

/** Where a hit opens: the note in its client's file (the notes tab reads `?note=`). */
export const noteHref = (hit: Pick<NoteSearchHit, 'clientId' | 'noteId'>) =>
  `/clients/${encodeURIComponent(hit.clientId)}/notes?note=${encodeURIComponent(hit.noteId)}`;

/**
 * The hits, each a link to its note: the matched words in `<mark>` (plain text parts from main —
 * nothing here is HTML), who, when, and the labels that matter: an addendum, Part 2, and a note
 * entered in error (struck through, and said in words).
 */
export function NoteSearchResults({
  hits,
  firstNumber,
}: {
  hits: readonly NoteSearchHit[];
  firstNumber: number;
}) {
  const { t } = useTranslation();
  return (
    <ol className="note-hits" start={firstNumber}>
      {hits.map((hit) => (
        <li
          key={`${hit.noteId}-${hit.in}-${hit.snippet.map((part) => part.text).join('')}`}
          className="note-hit"
        >
          <Link
            href={noteHref(hit)}
            className={hit.enteredInError ? 'note-hit-link note-hit-in-error' : 'note-hit-link'}
          >
            <span className="note-hit-heading">
              <span className="note-hit-client">{hit.clientName}</span>
              <span className="note-hit-meta">
                {t('noteSearch.hitMeta', {
                  date: hit.contactDate ? formatCalendarDate(hit.contactDate) : t('noteSearch.noDate'),
                  author: hit.authorName,
                })}
              </span>
            </span>
            <span className="note-hit-snippet">
              {hit.snippet.map((part, index) =>
                part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
              )}
            </span>
          </Link>
          <span className="note-hit-labels">
            {hit.in === 'addendum' ? <span className="badge">{t('noteSearch.inAddendum')}</span> : null}
            {hit.part2 ? (
              <span className="badge badge-flag badge-flag-part2Protected">
                <span aria-hidden="true" className="badge-icon">
                  §
                </span>
                {t('noteSearch.part2')}
              </span>
            ) : null}
            {hit.enteredInError ? (
              <span className="badge badge-in-error">{t('noteSearch.enteredInError')}</span>
            ) : null}
          </span>
        </li>
      ))}
    </ol>
  );
}
