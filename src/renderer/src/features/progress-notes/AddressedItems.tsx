import { useCallback, useEffect, useRef, type ReactNode, type Ref } from 'react';
import { Button, FieldError, Label, Radio, RadioGroup } from 'react-aria-components';
import { Controller, useFieldArray, useFormState, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  PROGRESS_MARKS,
  type ProgressMark,
  type ProgressNoteDraftInput,
} from '../../../../shared/contracts/progress-notes';
import { fieldMessage } from '../../lib/errors';
import { planItemKey } from './draftContent';
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

/** After a row is removed: the row now in its place (or the one before) takes the focus. */
function focusRowAt(list: HTMLElement | null, index: number) {
  window.requestAnimationFrame(() => {
    if (!list) return;
    const rows = list.querySelectorAll<HTMLElement>(':scope > li');
    const row = rows[Math.min(index, rows.length - 1)];
    const target =
      row?.querySelector<HTMLElement>('input[type="radio"]:checked') ??
      row?.querySelector<HTMLElement>('input, button') ??
      list.closest<HTMLElement>('fieldset');
    target?.focus();
  });
}

/**
 * The plan's goals and objectives the note is about, each with its progress mark: one radio group
 * per item (Tab moves from item to item; the arrow keys or 1–4 choose, as the description says),
 * an objective under its goal. A row no longer on the client's current plan (`onPlan`, the keys
 * of `planItemKeys`; null when the plan could not be read) says so and can be removed.
 */
export function AddressedItems(props: {
  control: Control<ProgressNoteDraftInput>;
  labels: ReadonlyMap<string, PlanItemLabel>;
  onPlan: ReadonlySet<string> | null;
}) {
  const { control, labels, onPlan } = props;
  const { t } = useTranslation();
  const items = useWatch({ control, name: 'addressed' }) ?? [];
  const { remove } = useFieldArray({ control, name: 'addressed' });
  const { errors } = useFormState({ control, name: 'addressed' });
  const listRef = useRef<HTMLUListElement>(null);
  if (items.length === 0)
    return (
      <fieldset className="note-addressed" tabIndex={-1}>
        <legend className="note-group-title">{t('notes.editor.addressed')}</legend>
        <p className="muted">{t('notes.editor.noGoals')}</p>
      </fieldset>
    );
  return (
    <fieldset className="note-addressed" tabIndex={-1}>
      <legend className="note-group-title">{t('notes.editor.addressed')}</legend>
      <p className="field-help" id="note-marks-help">
        {t('notes.editor.marksHelp')}
      </p>
      <ul ref={listRef} className="plain-list note-addressed-list">
        {items.map((item, index) => {
          const itemId = item.objectiveId ?? item.goalId ?? '';
          const label = labels.get(itemId);
          const kind = item.objectiveId ? 'objective' : 'goal';
          const rowErrors = errors.addressed?.[index];
          const problem = rowErrors?.goalId?.message ?? rowErrors?.objectiveId?.message;
          const name = label?.text || t('notes.editor.itemNotShown');
          const key = planItemKey({ goalId: item.goalId ?? '', objectiveId: item.objectiveId ?? null });
          const stale = onPlan !== null && !onPlan.has(key);
          return (
            <li key={key} className={`note-addressed-${kind}${stale ? ' note-addressed-stale' : ''}`}>
              <Controller
                control={control}
                name={`addressed.${index}.mark`}
                render={({ field, fieldState }) => (
                  <MarkGroup
                    label={
                      <>
                        <span className="muted">{t(`notes.editor.kind.${kind}`)}</span> {name}
                        {stale ? (
                          <>
                            {' '}
                            <span className="badge badge-late">{t('notes.editor.notOnPlan')}</span>
                          </>
                        ) : null}
                      </>
                    }
                    value={field.value ?? 'not_addressed'}
                    onChange={field.onChange}
                    inputRef={field.ref}
                    error={fieldMessage(t, problem ?? fieldState.error?.message)}
                  />
                )}
              />
              {stale ? (
                <Button
                  className="button button-quiet button-small"
                  aria-label={t(`notes.editor.removeItem.${kind}`, { name })}
                  onPress={() => {
                    remove(index);
                    focusRowAt(listRef.current, index);
                  }}
                >
                  {t('notes.editor.remove')}
                </Button>
              ) : null}
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
