import { useEffect, useRef, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { carePlanDraftSchema, type CarePlanVersion } from '../../../../shared/contracts/care-plans';
import { toAppError, useLanternMutation } from '../../lib/client';
import { useContractForm } from '../../lib/useContractForm';
import { useDraftSaveErrors } from '../../lib/useDraftSaveErrors';
import type { PlanNeedHandoff } from '../../lib/planNeedHandoff';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';
import { FormDateField } from '../../ui/fields';
import { newItemId } from './labels';
import { NeedList } from './NeedList';
import { usePlanAutosave } from './usePlanAutosave';

/**
 * The draft version being written: autosaved to main (usePlanAutosave: a draft is the
 * signed-record primitive's, so it survives a lock or a crash), signed by the case manager when
 * complete. A refusal to sign comes back at the items that need attention.
 */
export function PlanEditor(props: {
  version: CarePlanVersion;
  handoff: PlanNeedHandoff['addNeed'] | null;
  onHandoffUsed: () => void;
}) {
  const { version, handoff, onHandoffUsed } = props;
  const { t, i18n } = useTranslation();
  const timeOf = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(new Date(iso));
  const sign = useLanternMutation('carePlans:signAsWorker');
  const discard = useLanternMutation('carePlans:discardDraft');
  const { form, error, setError, submit, refuse } = useContractForm({
    schema: carePlanDraftSchema,
    defaultValues: version.content,
  });
  const values = useWatch({ control: form.control });
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [signing, setSigning] = useState(false);
  const autosave = usePlanAutosave(values, version.id, version.content, signing);
  const notSaved = autosave.state.kind === 'invalid' || autosave.state.kind === 'failed';

  useDraftSaveErrors(form, autosave.state, refuse);

  // A need handed over from an assessment joins the draft once.
  const handed = useRef(false);
  useEffect(() => {
    if (!handoff || handed.current) return;
    handed.current = true;
    const needs = form.getValues('needs') ?? [];
    form.setValue(
      'needs',
      [...needs, { id: newItemId(), text: handoff.text, fromAssessment: handoff.assessmentId, goals: [] }],
      { shouldDirty: true },
    );
    onHandoffUsed();
  }, [handoff, form, onHandoffUsed]);

  const onSign = submit(async (content) => {
    // No autosave from here on: the content is about to freeze (one more would be refused). On
    // success the editor goes away still paused; on a refusal it resumes.
    setSigning(true);
    try {
      await autosave.saveNow(content);
      await sign.mutateAsync({ versionId: version.id });
    } catch (thrown) {
      setSigning(false);
      throw thrown;
    }
  });

  return (
    <section className="panel plan-editor" aria-labelledby="plan-editor-title">
      <h3 id="plan-editor-title">{t('carePlans.editor.title', { n: version.versionNo })}</h3>
      <p className="muted">{t('carePlans.editor.intro')}</p>
      <Form className="form" onSubmit={onSign} validationBehavior="aria">
        <div className="form-grid">
          <FormDateField control={form.control} name="startDate" label={t('carePlans.fields.startDate')} />
          <FormDateField control={form.control} name="reviewDate" label={t('carePlans.fields.reviewDate')} />
        </div>
        <NeedList control={form.control} setValue={form.setValue} withDates />
        <StatusMessage tone="info">
          {autosave.state.kind === 'saving'
            ? t('carePlans.editor.saving')
            : autosave.state.kind === 'saved'
              ? t('carePlans.editor.savedAt', { time: timeOf(autosave.state.at) })
              : notSaved
                ? t('carePlans.editor.notSaved')
                : null}
        </StatusMessage>
        <ErrorAlert error={error} />
        <div className="form-actions">
          <Button type="submit" className="button button-primary" isPending={sign.isPending}>
            {t('carePlans.editor.sign')}
          </Button>
          <Button
            className="button button-danger button-quiet"
            onPress={() => {
              if (!confirmDiscard) return setConfirmDiscard(true);
              discard.mutateAsync({ versionId: version.id }).catch((e: unknown) => setError(toAppError(e)));
            }}
          >
            {confirmDiscard ? t('carePlans.editor.discardConfirm') : t('carePlans.editor.discard')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
