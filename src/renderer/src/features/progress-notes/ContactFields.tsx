import { FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import { Controller, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  CONTACT_TYPES,
  NOTE_LIMITS,
  type ProgressNoteDraftInput,
} from '../../../../shared/contracts/progress-notes';
import { fieldMessage } from '../../lib/errors';
import { FormDateField, FormSelectField, FormTextField } from '../../ui/fields';

type NoteControl = Control<ProgressNoteDraftInput>;

/** The contact: when, how long (a duration or an end time — main derives the other), how, where, with whom. */
export function ContactFields({ control }: { control: NoteControl }) {
  const { t } = useTranslation();
  const contactType = useWatch({ control, name: 'contactType' });
  return (
    <fieldset className="note-contact">
      <legend className="note-group-title">{t('notes.editor.contact')}</legend>
      <div className="form-grid">
        <FormDateField control={control} name="contactDate" label={t('notes.fields.contactDate')} />
        <TimeField control={control} name="startTime" label={t('notes.fields.startTime')} />
        <MinutesField control={control} label={t('notes.fields.durationMinutes')} />
        <TimeField
          control={control}
          name="endTime"
          label={t('notes.fields.endTime')}
          description={t('notes.fields.endTimeHelp')}
        />
        <FormSelectField
          control={control}
          name="contactType"
          label={t('notes.fields.contactType')}
          options={CONTACT_TYPES.map((type) => ({ id: type, label: t(`notes.contactType.${type}`) }))}
        />
        {contactType === 'collateral' ? (
          <FormTextField
            control={control}
            name="collateralWith"
            label={t('notes.fields.collateralWith')}
            description={t('notes.fields.collateralWithHelp')}
            maxLength={200}
          />
        ) : null}
        <FormTextField control={control} name="location" label={t('notes.fields.location')} maxLength={200} />
        <FormTextField
          control={control}
          name="participants"
          label={t('notes.fields.participants')}
          maxLength={500}
        />
      </div>
    </fieldset>
  );
}

/** A time of day (`HH:MM`, the browser's own time input); empty is null in the note. */
function TimeField(props: {
  control: NoteControl;
  name: 'startTime' | 'endTime';
  label: string;
  description?: string;
}) {
  const { t } = useTranslation();
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field, fieldState }) => (
        <TextField
          className="field"
          name={field.name}
          value={field.value ?? ''}
          onChange={(value) => field.onChange(value === '' ? null : value)}
          onBlur={field.onBlur}
          isInvalid={fieldState.invalid}
          validationBehavior="aria"
        >
          <Label className="field-label">{props.label}</Label>
          <Input ref={field.ref} type="time" className="input input-time" />
          {props.description ? (
            <Text slot="description" className="field-help">
              {props.description}
            </Text>
          ) : null}
          <FieldError className="field-error">{fieldMessage(t, fieldState.error?.message)}</FieldError>
        </TextField>
      )}
    />
  );
}

/** The duration in minutes; an empty box is null (main then reads the end time). */
function MinutesField({ control, label }: { control: NoteControl; label: string }) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name="durationMinutes"
      render={({ field, fieldState }) => (
        <TextField
          className="field"
          name={field.name}
          value={field.value === null || field.value === undefined ? '' : String(field.value)}
          onChange={(text) => {
            const trimmed = text.trim();
            const minutes = Number(trimmed);
            field.onChange(trimmed === '' || !Number.isFinite(minutes) ? null : minutes);
          }}
          onBlur={field.onBlur}
          isInvalid={fieldState.invalid}
          validationBehavior="aria"
        >
          <Label className="field-label">{label}</Label>
          <Input
            ref={field.ref}
            type="number"
            inputMode="numeric"
            min={1}
            max={NOTE_LIMITS.maxDurationMinutes}
            step={1}
            className="input input-short"
          />
          <FieldError className="field-error">{fieldMessage(t, fieldState.error?.message)}</FieldError>
        </TextField>
      )}
    />
  );
}
