import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { progressNotesContract, type NoteDetail } from '../../../../shared/contracts/progress-notes';
import type { AppError } from '../../../../shared/result';
import { toAppError, useLanternMutation } from '../../lib/client';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';
import { ShortTextDialog } from '../../ui/ShortTextDialog';

const addendumSchema = progressNotesContract['notes:addAddendum'].input.pick({ text: true });
const reasonSchema = progressNotesContract['notes:markEnteredInError'].input.pick({ reason: true });
const commentSchema = progressNotesContract['notes:return'].input.pick({ comment: true });

type NoticeKey =
  'notes.actions.cosigned' | 'notes.addendum.added' | 'notes.enteredInError.done' | 'notes.return.done';

type Dialog = 'addendum' | 'error' | 'return' | null;

/** Whether `NoteActions` has anything to show. */
export const hasNoteActions = (can: NoteDetail['can']): boolean =>
  can.addAddendum || can.markEnteredInError || can.cosign || can.returnToWriter;

/** What the viewer may do with a signed (or awaiting) note, as main says in `detail.can`. */
export function NoteActions({ detail }: { detail: NoteDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Dialog>(null);
  // A catalogue key, so the sentence follows a change of language.
  const [notice, setNotice] = useState<NoticeKey | null>(null);
  const [refusal, setRefusal] = useState<AppError | null>(null);
  const addAddendum = useLanternMutation('notes:addAddendum');
  const markInError = useLanternMutation('notes:markEnteredInError');
  const cosign = useLanternMutation('notes:cosign');
  const giveBack = useLanternMutation('notes:return');
  const { can } = detail;
  if (!hasNoteActions(can)) return null;
  const close = () => setOpen(null);
  return (
    <div className="note-actions">
      <div className="form-actions">
        {can.cosign ? (
          <Button
            className="button button-primary"
            isPending={cosign.isPending}
            onPress={() => {
              setRefusal(null);
              cosign
                .mutateAsync({ versionId: detail.current.id })
                .then(() => setNotice('notes.actions.cosigned'))
                .catch((e: unknown) => setRefusal(toAppError(e)));
            }}
          >
            {t('notes.actions.cosign')}
          </Button>
        ) : null}
        {can.returnToWriter ? (
          <Button className="button" onPress={() => setOpen('return')}>
            {t('notes.actions.return')}
          </Button>
        ) : null}
        {can.addAddendum ? (
          <Button className="button" onPress={() => setOpen('addendum')}>
            {t('notes.actions.addAddendum')}
          </Button>
        ) : null}
        {can.markEnteredInError ? (
          <Button className="button button-danger button-quiet" onPress={() => setOpen('error')}>
            {t('notes.actions.markEnteredInError')}
          </Button>
        ) : null}
      </div>
      <StatusMessage>{notice ? t(notice) : null}</StatusMessage>
      <ErrorAlert error={refusal} />
      <ShortTextDialog
        isOpen={open === 'addendum'}
        onClose={close}
        title={t('notes.addendum.title')}
        intro={t('notes.addendum.intro')}
        schema={addendumSchema}
        defaultValues={{ text: '' }}
        fields={['text']}
        name="text"
        label={t('notes.addendum.text')}
        submitLabel={t('notes.addendum.submit')}
        onSubmit={async ({ text }) => {
          await addAddendum.mutateAsync({ noteId: detail.id, text });
          setNotice('notes.addendum.added');
        }}
      />
      <ShortTextDialog
        isOpen={open === 'error'}
        onClose={close}
        role="alertdialog"
        title={t('notes.enteredInError.title')}
        intro={t('notes.enteredInError.intro')}
        schema={reasonSchema}
        defaultValues={{ reason: '' }}
        fields={['reason']}
        name="reason"
        label={t('notes.enteredInError.reason')}
        submitLabel={t('notes.enteredInError.submit')}
        tone="danger"
        onSubmit={async ({ reason }) => {
          await markInError.mutateAsync({ noteId: detail.id, reason });
          setNotice('notes.enteredInError.done');
        }}
      />
      <ShortTextDialog
        isOpen={open === 'return'}
        onClose={close}
        title={t('notes.return.title')}
        intro={t('notes.return.intro')}
        schema={commentSchema}
        defaultValues={{ comment: '' }}
        fields={['comment']}
        name="comment"
        label={t('notes.return.comment')}
        submitLabel={t('notes.return.submit')}
        onSubmit={async ({ comment }) => {
          await giveBack.mutateAsync({ versionId: detail.current.id, comment });
          setNotice('notes.return.done');
        }}
      />
    </div>
  );
}
