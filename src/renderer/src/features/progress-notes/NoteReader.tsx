import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteDetail } from '../../../../shared/contracts/progress-notes';
import type { NoteFormat } from '../../../../shared/domain/note-formats';
import { formatCalendarDate } from '../../lib/format';
import { NoteActions } from './NoteActions';
import { NoteContentView } from './NoteContentView';
import { NoteStateBadge, useFormatText, useWhen, type PlanItemLabel } from './labels';

/**
 * A note as signed: its content, who signed and co-signed when, a late entry with its dates, the
 * returns with their comments, and every addendum (always shown: the original is never changed).
 */
export function NoteReader(props: {
  detail: NoteDetail;
  format: NoteFormat | undefined;
  labels: ReadonlyMap<string, PlanItemLabel>;
  /** Take the focus on the title when shown (it replaced the editor the focus was in). */
  focusTitle?: boolean;
}) {
  const { detail, format, labels, focusTitle } = props;
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusTitle) title.current?.focus();
  }, [focusTitle]);
  const { t } = useTranslation();
  const text = useFormatText();
  const when = useWhen();
  const error = detail.enteredInError;
  return (
    <section className="panel note-reader" aria-labelledby="note-reader-title">
      <h3 id="note-reader-title" ref={title} tabIndex={-1} className={error ? 'note-struck' : undefined}>
        {t('notes.reader.title', {
          date: formatCalendarDate(detail.contactDate) || '—',
          format: format ? text(format.name) : detail.formatId,
        })}
      </h3>
      <p className="note-badges">
        <NoteStateBadge note={detail} />{' '}
        {detail.part2 ? <span className="badge badge-part2">{t('notes.part2')}</span> : null}{' '}
        {detail.late ? (
          <span className="badge badge-late">
            {t('notes.late.detail', {
              contact: formatCalendarDate(detail.contactDate),
              signed: when(detail.signedAt),
              days: detail.daysToSign ?? 0,
            })}
          </span>
        ) : null}
      </p>
      {error ? (
        <p className="alert alert-warning" role="note">
          {t('notes.enteredInError.shown', {
            name: error.byName,
            when: when(error.at),
            reason: error.reason,
          })}
        </p>
      ) : null}
      <div className={error ? 'note-struck' : undefined}>
        <NoteContentView content={detail.current.content} format={format} labels={labels} />
      </div>
      <h4>{t('notes.signatures.title')}</h4>
      {detail.current.signatures.length === 0 ? (
        <p className="muted">{t('notes.signatures.none')}</p>
      ) : (
        <ul className="plain-list note-signatures">
          {detail.current.signatures.map((s) => (
            <li key={`${s.role}-${s.signedAt}`}>
              {t(`notes.signatures.${s.role}`, { name: s.signerName, when: when(s.signedAt) })}
            </li>
          ))}
        </ul>
      )}
      {detail.state === 'awaiting_cosign' ? <p className="muted">{t('notes.signatures.awaiting')}</p> : null}
      <ReturnsList detail={detail} />
      <AddendaList detail={detail} />
      <NoteActions detail={detail} />
    </section>
  );
}

/** The times a supervisor returned the note, with their comments (the returned versions are kept). */
export function ReturnsList({ detail }: { detail: NoteDetail }) {
  const { t } = useTranslation();
  const when = useWhen();
  if (detail.returns.length === 0) return null;
  return (
    <>
      <h4>{t('notes.return.listTitle')}</h4>
      <ul className="plain-list note-returns">
        {detail.returns.map((r) => (
          <li key={`${r.versionNo}-${r.at}`}>
            <p className="small muted">
              {t('notes.return.by', { name: r.byName, when: when(r.at), n: r.versionNo })}
            </p>
            <p className="pre-wrap">{r.comment}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Every addendum, oldest first (always shown: the original is never changed). */
export function AddendaList({ detail }: { detail: NoteDetail }) {
  const { t } = useTranslation();
  const when = useWhen();
  return (
    <>
      <h4>{t('notes.addendum.listTitle', { count: detail.addenda.length })}</h4>
      {detail.addenda.length === 0 ? (
        <p className="muted">{t('notes.addendum.none')}</p>
      ) : (
        <ol className="plain-list note-addenda">
          {detail.addenda.map((a) => (
            <li key={a.id} className="note-addendum">
              <p className="small muted">
                {t('notes.addendum.by', { name: a.authorName, when: when(a.signedAt ?? a.createdAt) })}
              </p>
              <p className="pre-wrap">{a.text}</p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
