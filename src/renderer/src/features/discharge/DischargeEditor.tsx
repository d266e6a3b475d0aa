import { useEffect, useRef, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  DISCHARGE_LIMITS,
  dischargeContentSchema,
  type DischargeContent,
  type DischargeContentInput,
  type DischargeDetail,
} from '../../../../shared/contracts/discharge';
import { toAppError, useLanternMutation } from '../../lib/client';
import { formatCalendarDate } from '../../lib/format';
import { useContractForm } from '../../lib/useContractForm';
import { useDraftSaveErrors } from '../../lib/useDraftSaveErrors';
import type { DraftSaveState } from '../../lib/useDebouncedDraftSave';
import { ErrorAlert } from '../../ui/feedback';
import { FormTextField } from '../../ui/fields';
import { ContactFields, GoalFields, ReasonFields, ReferralFields } from './DischargeFields';
import { DischargeView } from './DischargeView';
import { useDischargeAutosave } from './useDischargeAutosave';

/** After a refusal: the first box marked invalid, in the order of the screen, takes the focus. */
function focusFirstInvalid(form: HTMLFormElement | null) {
  window.requestAnimationFrame(() => {
    const first = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    const target = first?.matches('input, textarea, button')
      ? first
      : first?.querySelector<HTMLElement>('input, textarea, button');
    target?.focus();
  });
}

/** The boxes the editor shows, so a refusal naming anything else gets the alert. */
const shownFields = (content: DischargeContent) => [
  ...[
    'reason',
    'reasonOther',
    'dischargeDate',
    'summaryOfServices',
    'aftercarePlan',
    'contact.name',
    'contact.phoneOrRole',
  ],
  ...content.goals.flatMap((_, i) => [`goals.${i}.status`, `goals.${i}.progress`]),
  ...Array.from({ length: DISCHARGE_LIMITS.referrals }, (_, i) => [
    `referrals.${i}.to`,
    `referrals.${i}.for`,
  ]).flat(),
];

function AutosaveStatus({ state }: { state: DraftSaveState }) {
  const { t, i18n } = useTranslation();
  const text =
    state.kind === 'saving'
      ? t('discharge.autosave.saving')
      : state.kind === 'saved'
        ? t('discharge.autosave.saved', {
            time: new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(new Date(state.at)),
          })
        : state.kind === 'failed' || state.kind === 'invalid'
          ? t('discharge.autosave.failed')
          : t('discharge.autosave.idle');
  return (
    <p role="status" className={`autosave-status autosave-${state.kind}`} data-testid="discharge-autosave">
      {text}
    </p>
  );
}

/**
 * The discharge being written, filled in by main. Autosaved every few seconds; "Review…" checks
 * what signing needs and shows the discharge as it will be signed; "Sign" saves, signs and
 * closes the enrollment (main's refusals come back at their boxes, the form shown again).
 */
export function DischargeEditor(props: { detail: DischargeDetail; onSigned(): void; onDiscarded(): void }) {
  const { detail } = props;
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const sign = useLanternMutation('discharge:sign');
  const discard = useLanternMutation('discharge:discardDraft');
  const { form, error, setError, submit, refuse } = useContractForm({
    schema: dischargeContentSchema,
    defaultValues: detail.content as DischargeContentInput,
    fields: shownFields(detail.content),
    onRefused: () => focusFirstInvalid(formRef.current),
  });
  const values = useWatch({ control: form.control });
  const [paused, setPaused] = useState(false);
  const [review, setReview] = useState<DischargeContent | null>(null);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const autosave = useDischargeAutosave(values, detail.versionId, detail.content, paused);
  useDraftSaveErrors(form, autosave.state, refuse);
  const reviewHeading = useRef<HTMLHeadingElement>(null);

  const onReview = submit(async (checked) => {
    await autosave.saveNow(checked);
    setReview(checked);
  });
  // The review takes the focus when it opens (the form it replaces is hidden).
  useEffect(() => {
    if (review) reviewHeading.current?.focus();
  }, [review]);

  const onSign = async () => {
    setPaused(true);
    try {
      await sign.mutateAsync({ versionId: detail.versionId });
      props.onSigned();
    } catch (thrown) {
      setPaused(false);
      setReview(null);
      refuse(toAppError(thrown));
    }
  };

  return (
    <section className="panel" aria-labelledby="discharge-editor-title">
      <div className="discharge-head">
        <h2 id="discharge-editor-title">{t('discharge.page.title', { program: detail.program })}</h2>
        <AutosaveStatus state={autosave.state} />
      </div>
      {review ? (
        <div className="stack">
          <h3 ref={reviewHeading} tabIndex={-1}>
            {t('discharge.editor.reviewTitle')}
          </h3>
          <p>
            {t('discharge.editor.reviewIntro', {
              program: detail.program,
              date: formatCalendarDate(review.dischargeDate),
            })}
          </p>
          <DischargeView content={review} />
          <div className="form-actions">
            <Button
              className="button button-primary"
              onPress={() => void onSign()}
              isPending={sign.isPending}
            >
              {t('discharge.editor.sign')}
            </Button>
            <Button className="button" onPress={() => setReview(null)}>
              {t('discharge.editor.backToEdit')}
            </Button>
          </div>
        </div>
      ) : null}
      <Form
        ref={formRef}
        className="form"
        onSubmit={onReview}
        validationBehavior="aria"
        hidden={review !== null}
      >
        <p className="muted">{t('discharge.editor.intro')}</p>
        <ReasonFields control={form.control} />
        <FormTextField
          control={form.control}
          name="summaryOfServices"
          label={t('discharge.fields.summaryOfServices')}
          description={t('discharge.fields.summaryHelp')}
          multiline
          isRequired
          maxLength={DISCHARGE_LIMITS.longText}
        />
        <GoalFields control={form.control} goals={detail.content.goals} />
        <FormTextField
          control={form.control}
          name="aftercarePlan"
          label={t('discharge.fields.aftercarePlan')}
          multiline
          maxLength={DISCHARGE_LIMITS.longText}
        />
        <ReferralFields control={form.control} />
        <ContactFields control={form.control} />
        <ErrorAlert error={error} />
        <div className="form-actions">
          <Button type="submit" className="button button-primary">
            {t('discharge.editor.review')}
          </Button>
          <Button
            className="button button-danger button-quiet"
            onPress={() => {
              if (!confirmDiscard) return setConfirmDiscard(true);
              setPaused(true);
              discard
                .mutateAsync({ versionId: detail.versionId })
                .then(props.onDiscarded)
                .catch((e: unknown) => {
                  setPaused(false);
                  setError(toAppError(e));
                });
            }}
          >
            {confirmDiscard ? t('discharge.editor.discardConfirm') : t('discharge.editor.discard')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
