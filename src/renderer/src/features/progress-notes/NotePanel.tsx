import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteDetail } from '../../../../shared/contracts/progress-notes';
import { useLanternQuery } from '../../lib/client';
import { errorMessage } from '../../lib/errors';
import { ErrorAlert, LoadingMessage } from '../../ui/feedback';
import { alignPlanItems, alignSections, planItemKeys } from './draftContent';
import { planItemLabels, useFormatText, useNoteFormats } from './labels';
import { hasNoteActions, NoteActions } from './NoteActions';
import { NoteEditor } from './NoteEditor';
import { pickNoteFormat, type FormatChoice } from './noteFormat';
import { AddendaList, NoteReader, ReturnsList } from './NoteReader';

/**
 * The note opened in the tab (`?note=`): its editor while it is the viewer's draft (main says so
 * in `can.edit`), read only otherwise. The plan's goals come from carePlans:get, so the rows show
 * their words and a draft's rows line up with the plan in force; the format is the very version
 * the note names (signing checks that one), from notes:formats.
 */
export function NotePanel(props: {
  noteId: string;
  clientId: string;
  canEdit: boolean;
  onDiscarded(): void;
}) {
  const { noteId, clientId, canEdit } = props;
  const { t } = useTranslation();
  const note = useLanternQuery('notes:get', { noteId });
  const plan = useLanternQuery('carePlans:get', { clientId });
  const formats = useNoteFormats();
  const editing = canEdit && note.data?.can.edit === true;
  const phrases = useLanternQuery('notes:phrases', {}, { enabled: editing, staleTime: 60_000 });

  const planVersions = plan.data?.plan?.versions;
  const currentPlanId = plan.data?.plan?.currentVersionId ?? null;
  const currentPlan = planVersions?.find((v) => v.id === currentPlanId) ?? null;
  const notePlanId = note.data?.current.content.planVersionId ?? null;
  const labels = useMemo(() => {
    const every = (planVersions ?? []).map((v) => v.content);
    // The words the reader sees are those of the plan version the note names; the editor's, the
    // current plan's (a row no longer on it keeps its older words).
    const own = planVersions?.find((v) => v.id === notePlanId) ?? currentPlan;
    return planItemLabels(...every, (editing ? currentPlan : own)?.content);
  }, [planVersions, notePlanId, currentPlan, editing]);
  // Signed here: the reader replaces the editor, so the focus, which was on the editor's
  // button, goes to the reader's title rather than to the page.
  const [signedHere, setSignedHere] = useState(false);
  const onPlan = useMemo(
    () => (plan.isSuccess ? planItemKeys(currentPlan?.content) : null),
    [plan.isSuccess, currentPlan],
  );

  if (note.isPending || formats.query.isPending || (editing && plan.isPending)) return <LoadingMessage />;
  if (note.isError)
    return (
      <ErrorAlert>
        {t('notes.openFailed')} {errorMessage(t, note.error.error)}
      </ErrorAlert>
    );
  const detail = note.data;
  const { formatId, formatVersion } = detail.current.content;
  const choice = pickNoteFormat(formats.entries, formatId, formatVersion);
  const format = choice?.format;
  const formatNotice = <FormatNotice choice={choice} formatId={formatId} formatVersion={formatVersion} />;
  if (!editing)
    return (
      <>
        {formatNotice}
        <NoteReader detail={detail} format={format} labels={labels} focusTitle={signedHere} />
      </>
    );
  const sectioned = alignSections(detail.current.content, format);
  // The plan could not be read: the rows stay as they are (main checks them at signing).
  const content = plan.isSuccess
    ? alignPlanItems(
        sectioned,
        currentPlan ? { versionId: currentPlan.id, content: currentPlan.content } : null,
      )
    : sectioned;
  return (
    <>
      {detail.returns.length > 0 ? (
        <section className="panel alert-info" aria-label={t('notes.return.listTitle')}>
          <ReturnsList detail={detail} />
        </section>
      ) : null}
      {formatNotice}
      <NoteEditor
        key={detail.current.id}
        detail={detail}
        content={content}
        format={format}
        labels={labels}
        onPlan={onPlan}
        phrases={phrases.data ?? []}
        onDiscarded={props.onDiscarded}
        onSigned={() => setSignedHere(true)}
      />
      <SignedVersionExtras detail={detail} />
    </>
  );
}

/**
 * A returned note being rewritten still has its signed version: its addenda (shown in every
 * view) and what may be done with it — marking it entered in error, above all, since a returned
 * draft cannot be discarded.
 */
function SignedVersionExtras({ detail }: { detail: NoteDetail }) {
  const { t } = useTranslation();
  if (detail.addenda.length === 0 && !hasNoteActions(detail.can)) return null;
  return (
    <section className="panel note-reader" aria-labelledby="note-signed-extras-title">
      <h3 id="note-signed-extras-title">{t('notes.editor.signedVersion')}</h3>
      <AddendaList detail={detail} />
      <NoteActions detail={detail} />
    </section>
  );
}

/** Said when the note's own format version is not listed (or the format not at all). */
function FormatNotice(props: { choice: FormatChoice | null; formatId: string; formatVersion: string }) {
  const { choice, formatId, formatVersion } = props;
  const { t } = useTranslation();
  const text = useFormatText();
  if (choice?.exact) return null;
  return (
    <p className="alert alert-warning" role="note">
      {choice
        ? t('notes.format.versionMissing', {
            name: text(choice.format.name),
            wanted: formatVersion,
            shown: choice.format.version,
          })
        : t('notes.format.missing', { id: formatId, version: formatVersion })}
    </p>
  );
}
