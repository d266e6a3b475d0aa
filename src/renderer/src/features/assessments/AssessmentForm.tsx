import { useRef, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AssessmentDetail, AssessmentDraft } from '../../../../shared/contracts/assessments';
import { assessmentDraftSchema } from '../../../../shared/contracts/assessments';
import { toAppError, useLanternMutation } from '../../lib/client';
import { useContractForm } from '../../lib/useContractForm';
import { ErrorAlert } from '../../ui/feedback';
import { ModalDialog } from '../../ui/ModalDialog';
import { AutosaveStatus } from './AutosaveStatus';
import { ListSection } from './ListSection';
import { RiskSummarySection } from './RiskSummarySection';
import { FORM_FIELDS, SECTION_GROUPS } from './sections';
import { TextSection } from './TextSection';
import { useAutosave } from './useAutosave';

/**
 * An assessment being written: every section as a labelled group, saved as a draft a moment after
 * each change (it survives a lock or a crash), then signed. A reassessment shows each section's
 * previous answer beside the new one, with what changed marked.
 */
export function AssessmentForm(props: {
  detail: AssessmentDetail;
  onSigned(detail: AssessmentDetail): void;
  onDiscarded(): void;
}) {
  const { t } = useTranslation();
  const { detail } = props;
  const previous = detail.previous;
  const sign = useLanternMutation('assessments:sign');
  const discard = useLanternMutation('assessments:discardDraft');
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const { form, error, refuse } = useContractForm({
    schema: assessmentDraftSchema,
    defaultValues: detail.content,
    root: 'content',
    fields: FORM_FIELDS,
  });
  // The sections an autosave was refused at: cleared once a later save goes through.
  const refusedAt = useRef<string[]>([]);
  const autosave = useAutosave(form.control, detail.versionId, {
    onRefused: (appError) => {
      refusedAt.current = Object.keys(appError.fields ?? {}).map((f) => f.replace(/^content\./, ''));
      refuse(appError);
    },
    onSaved: () => {
      for (const name of refusedAt.current) form.clearErrors(name as keyof AssessmentDraft);
      refusedAt.current = [];
    },
  });
  const was = <K extends keyof AssessmentDraft>(key: K) => (previous ? (previous[key] ?? null) : undefined);

  const onSign = async () => {
    // Main's verdict replaces the last one: sections filled since then no longer show an error.
    form.clearErrors();
    if (!(await autosave.flush())) return;
    try {
      props.onSigned(await sign.mutateAsync({ versionId: detail.versionId }));
    } catch (thrown) {
      refuse(toAppError(thrown));
    }
  };

  return (
    <Form
      className="form assessment-form"
      validationBehavior="aria"
      aria-label={t(`assessments.type.${detail.summary.type}`)}
      onSubmit={(event) => {
        event.preventDefault();
        void onSign();
      }}
    >
      <div className="tab-toolbar">
        <h3 className="tab-heading">{t(`assessments.type.${detail.summary.type}`)}</h3>
        <AutosaveStatus state={autosave.state} />
      </div>
      {previous ? <p className="field-description">{t('assessments.form.reassessmentIntro')}</p> : null}
      {detail.withheld.length ? <p className="alert alert-info">{t('assessments.form.withheld')}</p> : null}
      {SECTION_GROUPS.map((group) => (
        <section key={group.id} className="assessment-group" aria-labelledby={`group-${group.id}`}>
          <h4 id={`group-${group.id}`} className="assessment-group-title">
            {t(`assessments.groups.${group.id}`)}
          </h4>
          {group.sections
            .filter((section) => !detail.withheld.includes(section))
            .map((section) => (
              <TextSection key={section} control={form.control} section={section} previous={was(section)} />
            ))}
        </section>
      ))}
      <section className="assessment-group" aria-labelledby="group-summary">
        <h4 id="group-summary" className="assessment-group-title">
          {t('assessments.groups.summary')}
        </h4>
        <ListSection
          control={form.control}
          onEdited={form.clearErrors}
          name="strengths"
          previous={previous ? (previous.strengths ?? []) : null}
        />
        <ListSection
          control={form.control}
          onEdited={form.clearErrors}
          name="needs"
          previous={previous ? (previous.needs ?? []) : null}
        />
        <TextSection control={form.control} section="clientGoals" previous={was('clientGoals')} />
        <RiskSummarySection control={form.control} previous={was('risk')} />
      </section>
      <ErrorAlert error={error} />
      <div className="form-actions">
        <Button type="submit" className="button button-primary" isPending={sign.isPending}>
          {t('assessments.form.sign')}
        </Button>
        <Button className="button" onPress={() => void autosave.flush()}>
          {t('assessments.form.saveNow')}
        </Button>
        <Button className="button button-danger" onPress={() => setConfirmDiscard(true)}>
          {t('assessments.form.discard')}
        </Button>
      </div>
      <p className="field-description">{t('assessments.form.signHelp')}</p>
      <ModalDialog
        role="alertdialog"
        isOpen={confirmDiscard}
        onOpenChange={setConfirmDiscard}
        title={t('assessments.form.discardTitle')}
      >
        {(close) => (
          <>
            <p>{t('assessments.form.discardIntro')}</p>
            <div className="dialog-actions">
              <Button className="button" onPress={close}>
                {t('common.cancel')}
              </Button>
              <Button
                className="button button-danger"
                onPress={async () => {
                  try {
                    await discard.mutateAsync({ versionId: detail.versionId });
                    props.onDiscarded();
                  } catch (thrown) {
                    refuse(toAppError(thrown));
                  }
                  close();
                }}
              >
                {t('assessments.form.discardConfirm')}
              </Button>
            </div>
          </>
        )}
      </ModalDialog>
    </Form>
  );
}
