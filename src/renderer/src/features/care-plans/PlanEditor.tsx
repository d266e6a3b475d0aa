import { useEffect, useMemo, useRef, useState } from 'react';
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
  const { form, error, setError, submit, refuse } = useContractForm({
    schema: carePlanDraftSchema,
    defaultValues: version.content,
  });
  const values = useWatch({ control: form.control });
  const settled = useDebounced(JSON.stringify(values), AUTOSAVE_MS);
  const lastSaved = useRef(JSON.stringify(version.content));
  const [savedAt, setSavedAt] = useState<string | null>(null);
  // The draft as it stands, checked as main will check it: a change that fails is not sent.
  const draftCheck = useMemo(() => carePlanDraftSchema.safeParse(JSON.parse(settled)), [settled]);
  const [refused, setRefused] = useState(false);
  /** The last change was not kept (the draft schema or main refused it): said, never hidden. */
  const notSaved = !draftCheck.success || refused;
  const autosaveErrors = useRef<string[]>([]);
  /** Shows the autosave's refusals at their boxes, clearing those of the previous try. */
  const showAutosaveErrors = (fields: Record<string, string>) => {
    for (const name of autosaveErrors.current) form.clearErrors(name as never);
    autosaveErrors.current = Object.keys(fields);
    for (const [name, message] of Object.entries(fields))
      form.setError(name as never, { type: 'autosave', message });
  };
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
    if (signing) return;
    if (settled === lastSaved.current) return showAutosaveErrors({});
    const parsed = draftCheck;
    if (!parsed.success) {
      // Not kept (an objective over its length, a number half-entered): say where; the status says not saved.
      showAutosaveErrors(
        Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message])),
      );
      return;
    }
    const previous = lastSaved.current;
    lastSaved.current = settled;
    save
      .mutateAsync({ versionId: version.id, content: parsed.data })
      .then((saved) => {
        setSavedAt(saved.updatedAt);
        setRefused(false);
        showAutosaveErrors({});
      })
      .catch((thrown: unknown) => {
        lastSaved.current = previous;
        setRefused(true);
        const refusal = toAppError(thrown);
        // Main names fields inside the content, or (its input check) under `content.`.
        const fields = refusal.fields
          ? Object.fromEntries(
              Object.entries(refusal.fields).map(([k, v]) => [k.replace(/^content\./, ''), v]),
            )
          : null;
        if (fields) showAutosaveErrors(fields);
        else refuse(refusal);
      });
    // `save` changes identity on every render; the settled text is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled, draftCheck, version.id, signing]);

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
          {save.isPending
            ? t('carePlans.editor.saving')
            : notSaved
              ? t('carePlans.editor.notSaved')
              : savedAt
                ? t('carePlans.editor.saved')
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
