import { useEffect, useRef, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { carePlanDraftSchema, type CarePlanVersion } from '../../../../shared/contracts/care-plans';
import { toAppError, useLanternMutation } from '../../lib/client';
import { useDebounced } from '../../lib/useDebounced';
import { useContractForm } from '../../lib/useContractForm';
import type { PlanNeedHandoff } from '../../lib/planNeedHandoff';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';
import { FormDateField } from '../../ui/fields';
import { newItemId } from './labels';
import { NeedList } from './NeedList';

const AUTOSAVE_MS = 800;

/**
 * The draft version being written: autosaved to main a moment after each change (a draft is
 * the signed-record primitive's, so it survives a lock or a crash), signed by the case manager
 * when complete. A refusal to sign comes back at the items that need attention.
 */
export function PlanEditor(props: {
  version: CarePlanVersion;
  handoff: PlanNeedHandoff['addNeed'] | null;
  onHandoffUsed: () => void;
}) {
  const { version, handoff, onHandoffUsed } = props;
  const { t } = useTranslation();
  const save = useLanternMutation('carePlans:saveDraft');
  const sign = useLanternMutation('carePlans:signAsWorker');
  const discard = useLanternMutation('carePlans:discardDraft');
  const { form, error, setError, submit } = useContractForm({
    schema: carePlanDraftSchema,
    defaultValues: version.content,
  });
  const values = useWatch({ control: form.control });
  const settled = useDebounced(JSON.stringify(values), AUTOSAVE_MS);
  const lastSaved = useRef(JSON.stringify(version.content));
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [signing, setSigning] = useState(false);

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

  useEffect(() => {
    if (signing || settled === lastSaved.current) return;
    const parsed = carePlanDraftSchema.safeParse(JSON.parse(settled));
    if (!parsed.success) return; // A box still being typed (a number half-entered): the next change saves.
    lastSaved.current = settled;
    save
      .mutateAsync({ versionId: version.id, content: parsed.data })
      .then((saved) => setSavedAt(saved.updatedAt))
      .catch((thrown: unknown) => setError(toAppError(thrown)));
    // `save` changes identity on every render; the settled text is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled, version.id, signing]);

  const onSign = submit(async (content) => {
    // No autosave from here on: the content is about to freeze (one more would be refused).
    setSigning(true);
    try {
      await save.mutateAsync({ versionId: version.id, content });
      await sign.mutateAsync({ versionId: version.id });
    } finally {
      setSigning(false);
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
          {save.isPending ? t('carePlans.editor.saving') : savedAt ? t('carePlans.editor.saved') : null}
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
