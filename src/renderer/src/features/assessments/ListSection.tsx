import { useId, useState } from 'react';
import { Button, Input, Label, TextField } from 'react-aria-components';
import { Controller, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AssessmentDraft } from '../../../../shared/contracts/assessments';
import { LIST_ITEM_MAX } from '../../../../shared/contracts/assessments';
import { listChange } from '../../../../shared/domain/assessment-diff';
import { fieldMessage } from '../../lib/errors';
import { ChangeMark, PreviousAnswer } from './ChangeMark';

/**
 * Strengths or needs: a list of short items. Type one and press Enter (or Add); each item has its
 * own Remove button. In a reassessment the previous list is beside it, with what was added or
 * removed marked.
 */
export function ListSection(props: {
  control: Control<AssessmentDraft>;
  name: 'strengths' | 'needs';
  previous: readonly string[] | null;
  /** Told when the list changes, to clear a refusal shown on it. */
  onEdited(name: 'strengths' | 'needs'): void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [typed, setTyped] = useState('');
  const label = t(`assessments.sections.${props.name}`);
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field, fieldState }) => {
        const items = (field.value as string[] | undefined) ?? [];
        const diff = props.previous ? listChange(props.previous, items) : null;
        const add = () => {
          const item = typed.trim();
          if (!item) return;
          field.onChange([...items, item]);
          props.onEdited(props.name);
          setTyped('');
        };
        return (
          <fieldset className="assessment-section" aria-labelledby={headingId}>
            <legend id={headingId} className="assessment-section-title">
              {label} {diff ? <ChangeMark change={diff.change} /> : null}
            </legend>
            <div className={props.previous ? 'section-compare' : undefined}>
              {props.previous ? (
                <PreviousAnswer>
                  {props.previous.length ? (
                    <ul>
                      {props.previous.map((item) => (
                        <li key={item} className={diff?.removed.includes(item) ? 'item-removed' : undefined}>
                          {item}
                          {diff?.removed.includes(item) ? (
                            <span className="change-mark change-mark-removed">
                              {' '}
                              {t('assessments.change.itemRemoved')}
                            </span>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p>{t('assessments.form.nothing')}</p>
                  )}
                </PreviousAnswer>
              ) : null}
              <div>
                <ul className="list-items" aria-label={label}>
                  {items.map((item, index) => (
                    <li key={`${index}-${item}`}>
                      <span>{item}</span>
                      {diff?.added.includes(item) ? (
                        <span className="change-mark change-mark-added">
                          {' '}
                          {t('assessments.change.itemAdded')}
                        </span>
                      ) : null}
                      <Button
                        className="button button-small"
                        aria-label={t('assessments.form.removeItem', { item })}
                        onPress={() => field.onChange(items.filter((_, i) => i !== index))}
                      >
                        {t('assessments.form.remove')}
                      </Button>
                    </li>
                  ))}
                </ul>
                <div className="list-add">
                  <TextField
                    className="field"
                    value={typed}
                    onChange={setTyped}
                    maxLength={LIST_ITEM_MAX}
                    isInvalid={fieldState.invalid}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter') {
                        event.preventDefault();
                        add();
                      }
                    }}
                  >
                    <Label className="field-label">{t(`assessments.form.add_${props.name}`)}</Label>
                    <Input ref={field.ref} className="input" />
                  </TextField>
                  <Button className="button" onPress={add}>
                    {t('assessments.form.add')}
                  </Button>
                </div>
                {fieldState.error?.message ? (
                  <p className="field-error" role="alert">
                    {fieldMessage(t, fieldState.error.message)}
                  </p>
                ) : null}
              </div>
            </div>
          </fieldset>
        );
      }}
    />
  );
}
