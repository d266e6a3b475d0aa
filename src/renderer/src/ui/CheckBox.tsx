import type { ReactNode } from 'react';
import { CheckboxButton, CheckboxField, Text } from 'react-aria-components';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

/**
 * A checkbox with a visible box and tick (not colour alone), and an optional plain explanation
 * wired as its description. Inside a react-aria CheckboxGroup, pass `value`.
 */
export function CheckBox(props: {
  children: ReactNode;
  description?: ReactNode;
  isSelected?: boolean;
  onChange?: (selected: boolean) => void;
  value?: string;
  isDisabled?: boolean;
  compact?: boolean;
  inputRef?: React.Ref<HTMLInputElement>;
}) {
  const { children, description, compact, ...rest } = props;
  return (
    <CheckboxField className={compact ? 'check check-compact' : 'check'} {...rest}>
      <CheckboxButton className="check-button">
        <span className="checkbox-box" aria-hidden="true">
          <svg viewBox="0 0 18 18" width="16" height="16">
            <polyline points="3.5 9.5 7.5 13 14.5 5" fill="none" stroke="currentColor" strokeWidth="2.5" />
          </svg>
        </span>
        <span className="check-label">{children}</span>
      </CheckboxButton>
      {description ? (
        <Text slot="description" className="check-help">
          {description}
        </Text>
      ) : null}
    </CheckboxField>
  );
}

/** A yes/no field of a react-hook-form form. */
export function FormCheckBox<T extends FieldValues>(props: {
  control: Control<T>;
  name: Path<T>;
  label: string;
  description?: string;
}) {
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field }) => (
        <CheckBox
          isSelected={Boolean(field.value)}
          onChange={field.onChange}
          description={props.description}
          inputRef={field.ref}
        >
          {props.label}
        </CheckBox>
      )}
    />
  );
}
