import { FieldError, Label, Radio, RadioGroup } from 'react-aria-components';
import { Controller, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { InstrumentDefinition, InstrumentItem } from '../../../../shared/domain/instruments';
import { optionsOf } from '../../../../shared/domain/instruments';
import { fieldMessage } from '../../lib/errors';
import { InstrumentText } from './instrumentText';

export type AnswerValues = { answers: Record<string, number | null> };

/** One question with its answer options as radio buttons; main's field error shows beneath it. */
export function ItemQuestion(props: {
  definition: InstrumentDefinition;
  item: InstrumentItem;
  number: number;
  control: Control<AnswerValues>;
  large?: boolean;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const { definition, item, number, control, large } = props;
  return (
    <Controller
      control={control}
      name={`answers.${item.id}`}
      render={({ field, fieldState }) => (
        <RadioGroup
          className={large ? 'measure-item measure-item-large' : 'measure-item'}
          value={field.value === null || field.value === undefined ? null : String(field.value)}
          onChange={(value) => field.onChange(Number(value))}
          isInvalid={fieldState.invalid}
          validationBehavior="aria"
        >
          <Label className="measure-item-text">
            {item.scored ? `${number}. ` : ''}
            <InstrumentText text={item.text} />
          </Label>
          <div className="measure-options">
            {optionsOf(definition, item).map((option, index) => (
              <Radio
                key={option.value}
                value={String(option.value)}
                className="measure-option"
                autoFocus={props.autoFocus && index === 0}
              >
                <span className="measure-option-dot" aria-hidden="true" />
                <InstrumentText text={option.label} />
                {large ? null : <span className="measure-option-value"> ({option.value})</span>}
              </Radio>
            ))}
          </div>
          <FieldError className="field-error">{fieldMessage(t, fieldState.error?.message)}</FieldError>
        </RadioGroup>
      )}
    />
  );
}
