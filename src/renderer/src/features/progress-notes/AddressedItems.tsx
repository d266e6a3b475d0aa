import { useCallback, useEffect, useRef, type ReactNode, type Ref } from 'react';
import { FieldError, Label, Radio, RadioGroup } from 'react-aria-components';
import { Controller, useFormState, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  PROGRESS_MARKS,
  type ProgressMark,
  type ProgressNoteDraftInput,
} from '../../../../shared/contracts/progress-notes';
import { fieldMessage } from '../../lib/errors';
import type { PlanItemLabel } from './labels';

/** Keys 1–4 while a row has focus: progress, no change, setback, not addressed. */
export function markForKey(key: string): ProgressMark | null {
  const index = ['1', '2', '3', '4'].indexOf(key);
  return index < 0 ? null : (PROGRESS_MARKS[index] ?? null);
}

/**
 * A row's keys 1–4: the mark chosen, and its radio takes the focus as an arrow key would. (A
 * native listener: react-aria's RadioGroup takes no key handler.)
 */
function useMarkKeys(onChange: (mark: ProgressMark) => void) {
  const change = useRef(onChange);
  useEffect(() => {
    change.current = onChange;
  });
  const cleanup = useRef<(() => void) | null>(null);
  return useCallback((group: HTMLDivElement | null) => {
    cleanup.current?.();
    cleanup.current = null;
    if (!group) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey) return;
      const mark = markForKey(event.key);
      if (!mark) return;
      event.preventDefault();
      change.current(mark);
      window.requestAnimationFrame(() =>
        group.querySelector<HTMLInputElement>(`input[value="${mark}"]`)?.focus(),
      );
    };
    group.addEventListener('keydown', onKeyDown);
    cleanup.current = () => group.removeEventListener('keydown', onKeyDown);
  }, []);
}

/**
 * The plan's goals and objectives the note is about, each with its progress mark: one radio group
 * per item (Tab moves from item to item; the arrow keys or 1–4 choose, as the description says).
 */
export function AddressedItems(props: {
  control: Control<ProgressNoteDraftInput>;
  labels: ReadonlyMap<string, PlanItemLabel>;
}) {
  const { control, labels } = props;
  const { t } = useTranslation();
  const items = useWatch({ control, name: 'addressed' }) ?? [];
  const { errors } = useFormState({ control, name: 'addressed' });
  if (items.length === 0)
    return (
      <fieldset className="note-addressed">
        <legend className="note-group-title">{t('notes.editor.addressed')}</legend>
        <p className="muted">{t('notes.editor.noGoals')}</p>
      </fieldset>
    );
  return (
    <fieldset className="note-addressed">
      <legend className="note-group-title">{t('notes.editor.addressed')}</legend>
      <p className="field-help" id="note-marks-help">
        {t('notes.editor.marksHelp')}
      </p>
      <ul className="plain-list note-addressed-list">
        {items.map((item, index) => {
          const itemId = item.objectiveId ?? item.goalId ?? '';
          const label = labels.get(itemId);
          const kind = item.objectiveId ? 'objective' : 'goal';
          const rowErrors = errors.addressed?.[index];
          const problem = rowErrors?.goalId?.message ?? rowErrors?.objectiveId?.message;
          const name = label?.text || t('notes.editor.itemNotShown');
          return (
            <li key={`${item.goalId ?? ''}-${item.objectiveId ?? ''}`} className={`note-addressed-${kind}`}>
              <Controller
                control={control}
                name={`addressed.${index}.mark`}
                render={({ field, fieldState }) => (
                  <MarkGroup
                    label={
                      <>
                        <span className="muted">{t(`notes.editor.kind.${kind}`)}</span> {name}
                      </>
                    }
                    value={field.value ?? 'not_addressed'}
                    onChange={field.onChange}
                    inputRef={field.ref}
                    error={fieldMessage(t, problem ?? fieldState.error?.message)}
                  />
                )}
              />
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** One item's four marks, as a radio group that also answers the keys 1–4. */
function MarkGroup(props: {
  label: ReactNode;
  value: ProgressMark;
  onChange(mark: ProgressMark): void;
  inputRef: Ref<HTMLInputElement>;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const keys = useMarkKeys(props.onChange);
  return (
    <RadioGroup
      ref={keys}
      className="note-mark-group"
      orientation="horizontal"
      value={props.value}
      onChange={(value) => props.onChange(value as ProgressMark)}
      isInvalid={Boolean(props.error)}
      validationBehavior="aria"
      aria-describedby="note-marks-help"
    >
      <Label className="note-mark-label">{props.label}</Label>
      <div className="note-mark-options">
        {PROGRESS_MARKS.map((mark, n) => (
          <Radio
            key={mark}
            value={mark}
            className="note-mark"
            inputRef={mark === props.value ? props.inputRef : undefined}
          >
            <span className="note-mark-dot" aria-hidden="true" />
            <kbd aria-hidden="true">{n + 1}</kbd> {t(`notes.mark.${mark}`)}
          </Radio>
        ))}
      </div>
      <FieldError className="field-error">{props.error}</FieldError>
    </RadioGroup>
  );
}
