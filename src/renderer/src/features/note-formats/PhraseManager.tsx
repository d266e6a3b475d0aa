import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { SavedPhrase } from '../../../../shared/contracts/progress-notes';
import { NOTE_LIMITS, PHRASE_SCOPES } from '../../../../shared/contracts/progress-notes';
import { useLanternMutation, useLanternQuery } from '../../lib/client';
import { formatDay } from '../../lib/format';
import { ErrorAlert, LoadingMessage, StatusMessage } from '../../ui/feedback';
import { ModalDialog } from '../../ui/ModalDialog';
import { PhraseForm } from './PhraseForm';

type Scope = (typeof PHRASE_SCOPES)[number];

/**
 * Saved phrases of one scope: listed with their shortcuts, added, edited and deleted. The same
 * manager serves a worker's own page and Administration → Clinic phrases; `showClinic` lists
 * the clinic's phrases under a worker's own, to read.
 */
export function PhraseManager({ scope, showClinic = false }: { scope: Scope; showClinic?: boolean }) {
  const { t } = useTranslation();
  const phrases = useLanternQuery('notes:phrases', {});
  const [editing, setEditing] = useState<SavedPhrase | 'new' | null>(null);
  const [deleting, setDeleting] = useState<SavedPhrase | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const remove = useLanternMutation('notes:deletePhrase');
  const own = (phrases.data ?? []).filter((phrase) => phrase.scope === scope);
  const clinic = (phrases.data ?? []).filter((phrase) => phrase.scope === 'clinic');
  return (
    <div className="stack">
      <StatusMessage>{notice}</StatusMessage>
      {phrases.isPending ? <LoadingMessage /> : null}
      <ErrorAlert error={phrases.error?.error ?? remove.error?.error ?? null} />
      <section aria-labelledby={`phrases-${scope}-title`} className="stack">
        <div className="tab-toolbar">
          <h3 id={`phrases-${scope}-title`}>{t('noteFormats.phrases.list')}</h3>
          <span className="muted">
            {t('noteFormats.phrases.count', { count: own.length, limit: NOTE_LIMITS.phrases })}
          </span>
          <Button
            className="button button-primary"
            onPress={() => {
              setNotice(null);
              setEditing('new');
            }}
          >
            <span aria-hidden="true">+</span> {t('noteFormats.phrases.add')}
          </Button>
        </div>
        {editing ? (
          <PhraseForm
            key={editing === 'new' ? 'new' : editing.id}
            scope={scope}
            phrase={editing === 'new' ? null : editing}
            onDone={(saved) => {
              setEditing(null);
              if (saved) setNotice(t('noteFormats.phrases.saved', { title: saved.title }));
            }}
          />
        ) : null}
        <PhraseList
          phrases={own}
          onEdit={(phrase) => {
            setNotice(null);
            setEditing(phrase);
          }}
          onDelete={setDeleting}
        />
      </section>
      {showClinic ? (
        <section aria-labelledby="phrases-clinic-readonly-title" className="stack">
          <h3 id="phrases-clinic-readonly-title">{t('noteFormats.phrases.clinicList')}</h3>
          <PhraseList phrases={clinic} />
        </section>
      ) : null}
      <ModalDialog
        isOpen={deleting !== null}
        onOpenChange={(open) => (open ? undefined : setDeleting(null))}
        title={t('noteFormats.phrases.confirmDeleteTitle')}
        role="alertdialog"
      >
        {(close) => (
          <>
            <p>
              {t('noteFormats.phrases.confirmDelete', {
                title: deleting?.title ?? '',
                shortcut: deleting?.shortcut ?? '',
              })}
            </p>
            <div className="form-actions">
              <Button className="button" onPress={close} autoFocus>
                {t('noteFormats.phrases.cancel')}
              </Button>
              <Button
                className="button button-danger"
                isPending={remove.isPending}
                onPress={() => {
                  if (!deleting) return;
                  void remove
                    .mutateAsync({ id: deleting.id })
                    .then(() => setNotice(t('noteFormats.phrases.deleted')))
                    .finally(close);
                }}
              >
                {t('noteFormats.phrases.confirmDeleteAction')}
              </Button>
            </div>
          </>
        )}
      </ModalDialog>
    </div>
  );
}

function PhraseList(props: {
  phrases: SavedPhrase[];
  onEdit?: (phrase: SavedPhrase) => void;
  onDelete?: (phrase: SavedPhrase) => void;
}) {
  const { t } = useTranslation();
  if (props.phrases.length === 0) return <p className="muted">{t('noteFormats.phrases.empty')}</p>;
  return (
    <ul className="plain-list saved-phrases">
      {props.phrases.map((phrase) => (
        <li key={phrase.id} className="saved-phrase">
          <code>;{phrase.shortcut}</code> <strong>{phrase.title}</strong>{' '}
          <span className="muted">
            {t('noteFormats.phrases.updated', { date: formatDay(phrase.updatedAt) })}
          </span>
          <p className="saved-phrase-text">{phrase.text}</p>
          {props.onEdit ? (
            <Button className="button button-small" onPress={() => props.onEdit?.(phrase)}>
              {t('noteFormats.phrases.edit', { title: phrase.title })}
            </Button>
          ) : null}{' '}
          {props.onDelete ? (
            <Button className="button button-small button-danger" onPress={() => props.onDelete?.(phrase)}>
              {t('noteFormats.phrases.delete', { title: phrase.title })}
            </Button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
