import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanternQuery } from '../../lib/client';
import { errorMessage } from '../../lib/errors';
import { ErrorAlert, LoadingMessage } from '../../ui/feedback';
import { alignSections, withPlanItems } from './draftContent';
import { planItemLabels, useNoteFormats } from './labels';
import { NoteEditor } from './NoteEditor';
import { NoteReader, ReturnsList } from './NoteReader';

/**
 * The note opened in the tab (`?note=`): its editor while it is the viewer's draft (main says so
 * in `can.edit`), read only otherwise. The plan's goals come from carePlans:get, so the rows show
 * their words; the formats give the sections and prompts.
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
  const wantedPlanId = note.data?.current.content.planVersionId ?? currentPlanId;
  const planVersion = planVersions?.find((v) => v.id === wantedPlanId) ?? null;
  const currentPlan = planVersions?.find((v) => v.id === currentPlanId) ?? null;
  const labels = useMemo(() => planItemLabels(planVersion?.content), [planVersion]);

  if (note.isPending || formats.query.isPending || (editing && plan.isPending)) return <LoadingMessage />;
  if (note.isError)
    return (
      <ErrorAlert>
        {t('notes.openFailed')} {errorMessage(t, note.error.error)}
      </ErrorAlert>
    );
  const detail = note.data;
  const format = formats.byId.get(detail.current.content.formatId);
  if (!editing) return <NoteReader detail={detail} format={format} labels={labels} />;
  const content = withPlanItems(
    alignSections(detail.current.content, format),
    currentPlan ? { versionId: currentPlan.id, content: currentPlan.content } : null,
  );
  return (
    <>
      {detail.returns.length > 0 ? (
        <section className="panel alert-info" aria-label={t('notes.return.listTitle')}>
          <ReturnsList detail={detail} />
        </section>
      ) : null}
      <NoteEditor
        key={detail.current.id}
        detail={detail}
        content={content}
        format={format}
        labels={labels}
        phrases={phrases.data ?? []}
        onDiscarded={props.onDiscarded}
      />
    </>
  );
}
