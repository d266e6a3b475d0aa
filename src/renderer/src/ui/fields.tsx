import { useState } from 'react';
import {
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Button as AriaButton,
  Text,
  TextArea,
  TextField,
} from 'react-aria-components';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '../lib/errors';

/**
 * Form fields: react-aria components (label, description and error wired for assistive
 * technology) bound to react-hook-form. Error messages are `validation.*` keys, from the shared
 * zod schemas or from main, translated here.
 */

interface BaseProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  label: string;
  description?: string;
  isRequired?: boolean;
  autoFocus?: boolean;
}

interface TextProps<T extends FieldValues> extends BaseProps<T> {
  type?: 'text' | 'password';
  autoComplete?: string;
  /** Monospaced input, e.g. for the recovery key. */
  mono?: boolean;
  /** Several lines (a reason, a note). */
  multiline?: boolean;
  /** The whole width of the form, e.g. for a path or the recovery key. */
  wide?: boolean;
  /** The schema's limit, so the box stops there instead of main refusing what was typed. */
  maxLength?: number;
}

export function FormTextField<T extends FieldValues>(props: TextProps<T>) {
  const {
    control,
    name,
    label,
    description,
    isRequired,
    autoFocus,
    type = 'text',
    autoComplete,
    mono,
    multiline,
    wide,
    maxLength,
  } = props;
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          className="field"
          maxLength={maxLength}
          name={field.name}
          value={(field.value as string | undefined) ?? ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          isInvalid={fieldState.invalid}
          isRequired={isRequired}
          validationBehavior="aria"
          type={type}
          autoComplete={autoComplete}
          autoFocus={autoFocus}
          spellCheck={type === 'password' ? 'false' : undefined}
        >
          <Label className="field-label">{label}</Label>
          {multiline ? (
            <TextArea ref={field.ref} className="input textarea" rows={3} />
          ) : (
            <Input
              ref={field.ref}
              className={['input', mono && 'input-mono', wide && 'input-wide'].filter(Boolean).join(' ')}
            />
          )}
          {description ? (
            <Text slot="description" className="field-help">
              {description}
            </Text>
          ) : null}
          <FieldError className="field-error">{fieldMessage(t, fieldState.error?.message)}</FieldError>
        </TextField>
      )}
    />
  );
}

/** A whole number, e.g. minutes. The form value is a number (NaN while the box is empty). */
export function FormNumberField<T extends FieldValues>(props: BaseProps<T> & { min: number; max: number }) {
  const { control, name, label, description, isRequired, min, max } = props;
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <NumberText
          value={field.value as number}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          name={field.name}
          label={label}
          description={description}
          isRequired={isRequired}
          isInvalid={fieldState.invalid}
          min={min}
          max={max}
          error={fieldMessage(t, fieldState.error?.message)}
        />
      )}
    />
  );
}

interface NumberTextProps {
  value: number;
  onChange: (value: number) => void;
  onBlur: () => void;
  inputRef: React.Ref<HTMLInputElement>;
  name: string;
  label: string;
  description?: string | undefined;
  isRequired?: boolean | undefined;
  isInvalid: boolean;
  min: number;
  max: number;
  error: string | undefined;
}

function NumberText({ inputRef, ...props }: NumberTextProps) {
  const { value, onChange, onBlur, name, label, description, isRequired, isInvalid, min, max, error } = props;
  // Keep what the person typed (e.g. an empty box) while the form holds the number.
  const [text, setText] = useState(() => (Number.isFinite(value) ? String(value) : ''));
  return (
    <TextField
      className="field"
      name={name}
      value={text}
      onChange={(next) => {
        setText(next);
        onChange(next.trim() === '' ? Number.NaN : Number(next));
      }}
      onBlur={onBlur}
      isInvalid={isInvalid}
      isRequired={isRequired}
      validationBehavior="aria"
    >
      <Label className="field-label">{label}</Label>
      <Input
        ref={inputRef}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        className="input input-short"
      />
      {description ? (
        <Text slot="description" className="field-help">
          {description}
        </Text>
      ) : null}
      <FieldError className="field-error">{error}</FieldError>
    </TextField>
  );
}

/** A calendar date (`YYYY-MM-DD`) with the browser's own date input; empty means undefined. */
export function FormDateField<T extends FieldValues>(props: BaseProps<T>) {
  const { control, name, label, description } = props;
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          className="field"
          name={field.name}
          value={(field.value as string | undefined) ?? ''}
          onChange={(value) => field.onChange(value === '' ? undefined : value)}
          onBlur={field.onBlur}
          isInvalid={fieldState.invalid}
          validationBehavior="aria"
        >
          <Label className="field-label">{label}</Label>
          <Input ref={field.ref} type="date" className="input input-date" />
          {description ? (
            <Text slot="description" className="field-help">
              {description}
            </Text>
          ) : null}
          <FieldError className="field-error">{fieldMessage(t, fieldState.error?.message)}</FieldError>
        </TextField>
      )}
    />
  );
}

export interface SelectOption {
  id: string;
  label: string;
}

/**
 * A single choice from a list. `emptyOption` (e.g. "Anyone") maps to `undefined` in the form.
 */
export function FormSelectField<T extends FieldValues>(
  props: BaseProps<T> & { options: readonly SelectOption[]; placeholder?: string; emptyOption?: string },
) {
  const { control, name, label, description, isRequired, options, placeholder, emptyOption } = props;
  const { t } = useTranslation();
  const EMPTY = '__none__';
  const items: SelectOption[] = emptyOption ? [{ id: EMPTY, label: emptyOption }, ...options] : [...options];
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Select
          className="field"
          name={field.name}
          value={(field.value as string | undefined) ?? (emptyOption ? EMPTY : null)}
          onChange={(key) => field.onChange(key === null || key === EMPTY ? undefined : String(key))}
          onBlur={field.onBlur}
          isInvalid={fieldState.invalid}
          isRequired={isRequired}
          validationBehavior="aria"
          placeholder={placeholder}
        >
          <Label className="field-label">{label}</Label>
          <AriaButton ref={field.ref} className="select-button">
            <SelectValue className="select-value" />
            <span aria-hidden="true" className="select-chevron">
              ▾
            </span>
          </AriaButton>
          {description ? (
            <Text slot="description" className="field-help">
              {description}
            </Text>
          ) : null}
          <FieldError className="field-error">{fieldMessage(t, fieldState.error?.message)}</FieldError>
          <Popover className="popover">
            <ListBox className="listbox" items={items}>
              {(item) => (
                <ListBoxItem id={item.id} className="listbox-item" textValue={item.label}>
                  {item.label}
                </ListBoxItem>
              )}
            </ListBox>
          </Popover>
        </Select>
      )}
    />
  );
}
