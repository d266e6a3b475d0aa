import { useRef, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  NOTE_LIMITS,
  progressNoteDraftSchema,
  type NoteDetail,
  type ProgressNoteContent,
  type SavedPhrase,
} from '../../../../shared/contracts/progress-notes';
import type { NoteFormat } from '../../../../shared/domain/note-formats';
import { toAppError, useLanternMutation } from '../../lib/client';
import { fieldMessage } from '../../lib/errors';
import { useContractForm } from '../../lib/useContractForm';
import { useDraftSaveErrors } from '../../lib/useDraftSaveErrors';
import { FormCheckBox } from '../../ui/CheckBox';
import { ErrorAlert } from '../../ui/feedback';
import { FormDateField } from '../../ui/fields';
import { AddressedItems } from './AddressedItems';
import { ContactFields } from './ContactFields';
import type { PlanItemLabel } from './labels';
import { useFormatText } from './labels';
import { NoteAutosaveStatus } from './NoteAutosaveStatus';
import { PhraseField } from './PhraseField';
import { useNoteAutosave } from './useNoteAutosave';

/** After a refusal: the first box marked invalid, in the order of the screen, takes the focus. */
function focusFirstInvalid(form: HTMLFormElement | null) {
  window.requestAnimationFrame(() => {
    const first = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!first) return;
    const target = first.matches('input, textarea, button, select')
      ? first
      : first.querySelector<HTMLElement>('input, textarea, button');
    target?.focus();
  });
}

/** The boxes the editor shows, so a refusal naming anything else (the format) gets the alert. */
function shownFields(content: ProgressNoteContent): string[] {
  return [
    ...['contactDate', 'startTime', 'durationMinutes', 'endTime', 'contactType', 'collateralWith'],
    ...['location', 'participants', 'interventions', 'clientResponse', 'nextSteps', 'followUpDate'],
    ...['part2', 'sections'],
    ...content.sections.map((_, i) => `sections.${i}.text`),
    ...content.addressed.flatMap((_, i) => [`addressed.${i}.goalId`, `addressed.${i}.objectiveId`]),
  ];
}

/**
 * The draft being written: contact, the plan's items with their marks, the format's sections,
 * what was done and what comes next. Autosaved to main (useNoteAutosave) every few seconds;
 * signing saves what stands, then signs; main's refusals come back at their boxes.
 */
export function NoteEditor(props: {
  detail: NoteDetail;
  content: ProgressNoteContent;
  format: NoteFormat | undefined;
  labels: ReadonlyMap<string, PlanItemLabel>;
  /** The current plan's item keys (`planItemKeys`); null when the plan could not be read. */
  onPlan: ReadonlySet<string> | null;
  phrases: readonly SavedPhrase[];
  onDiscarded(): void;
  onSigned(): void;
}) {
  const { detail, content, format, labels, phrases } = props;
  const { t } = useTranslation();
  const text = useFormatText();
  const versionId = detail.current.id;
  const sign = useLanternMutation('notes:sign');
  const discard = useLanternMutation('notes:discardDraft');
  const formRef = useRef<HTMLFormElement>(null);
  const { form, error, setError, submit, refuse } = useContractForm({
    schema: progressNoteDraftSchema,
    defaultValues: content,
    root: 'content',
    fields: shownFields(content),
    onRefused: () => focusFirstInvalid(formRef.current),
  });
  const values = useWatch({ control: form.control });
  const [signing, setSigning] = useState(false);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const autosave = useNoteAutosave(values, versionId, detail.current.content, signing);

  useDraftSaveErrors(form, autosave.state, refuse);

  const onSign = submit(async (checked) => {
    // No autosave from here on: the content is about to freeze. On a refusal it resumes.
    setSigning(true);
    try {
      await autosave.saveNow(checked);
      await sign.mutateAsync({ versionId });
      props.onSigned();
    } catch (thrown) {
      setSigning(false);
      throw thrown;
    }
  });

  const sections = format?.sections ?? [];
  const sectionsError = form.formState.errors.sections?.message;
  return (
    <section className="panel note-editor" aria-labelledby="note-editor-title">
      <div className="note-editor-head">
        <h3 id="note-editor-title">
          {t('notes.editor.title', { format: format ? text(format.name) : content.formatId })}
        </h3>
        <NoteAutosaveStatus state={autosave.state} />
      </div>
      <p className="muted">{t('notes.editor.intro')}</p>
      <Form ref={formRef} className="form" onSubmit={onSign} validationBehavior="aria">
        <ContactFields control={form.control} />
        <AddressedItems control={form.control} labels={labels} onPlan={props.onPlan} />
        <fieldset className="note-sections">
          <legend className="note-group-title">{t('notes.editor.sections')}</legend>
          {/* A note with nothing written at all: said once, above its boxes. */}
          {sectionsError ? (
            <p className="field-error" role="alert">
              {fieldMessage(t, sectionsError)}
            </p>
          ) : null}
          {sections.map((section, index) => (
            <PhraseField
              key={section.id}
              control={form.control}
              name={`sections.${index}.text`}
              label={text(section.label)}
              prompt={text(section.prompt)}
              isRequired={section.required}
              maxLength={NOTE_LIMITS.sectionText}
              phrases={phrases}
            />
          ))}
        </fieldset>
        <fieldset className="note-followup">
          <legend className="note-group-title">{t('notes.editor.work')}</legend>
          <PhraseField
            control={form.control}
            name="interventions"
            label={t('notes.fields.interventions')}
            maxLength={NOTE_LIMITS.fieldText}
            phrases={phrases}
          />
          <PhraseField
            control={form.control}
            name="clientResponse"
            label={t('notes.fields.clientResponse')}
            maxLength={NOTE_LIMITS.fieldText}
            phrases={phrases}
          />
          <PhraseField
            control={form.control}
            name="nextSteps"
            label={t('notes.fields.nextSteps')}
            maxLength={NOTE_LIMITS.fieldText}
            phrases={phrases}
          />
          <FormDateField control={form.control} name="followUpDate" label={t('notes.fields.followUpDate')} />
          <FormCheckBox
            control={form.control}
            name="part2"
            label={t('notes.fields.part2')}
            description={t('notes.fields.part2Help')}
          />
        </fieldset>
        <ErrorAlert error={error} />
        <div className="form-actions">
          <Button type="submit" className="button button-primary" isPending={sign.isPending}>
            {t('notes.editor.sign')}
          </Button>
          <Button
            className="button button-danger button-quiet"
            onPress={() => {
              if (!confirmDiscard) return setConfirmDiscard(true);
              setSigning(true); // nothing more to save
              discard
                .mutateAsync({ versionId })
                .then(props.onDiscarded)
                .catch((e: unknown) => {
                  setSigning(false);
                  setError(toAppError(e));
                });
            }}
          >
            {confirmDiscard ? t('notes.editor.discardConfirm') : t('notes.editor.discard')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
