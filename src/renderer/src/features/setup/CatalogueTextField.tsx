import { FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '../../lib/errors';

/**
 * `FormTextField` (ui/fields) for messages that only make sense on one screen: a field problem
 * may be a `validation.*` key, as everywhere, or any other catalogue key this screen sets
 * itself (e.g. `setup.import.wrongPassword`), shown next to the box it is about.
 */
export function CatalogueTextField<T extends FieldValues>(props: {
  control: Control<T>;
  name: Path<T>;
  label: string;
  description?: string;
  type?: 'text' | 'password';
  autoComplete?: string;
  mono?: boolean;
  /** The whole width of the form, e.g. for a path or the recovery key. */
  wide?: boolean;
  isRequired?: boolean;
  autoFocus?: boolean;
}) {
  const {
    control,
    name,
    label,
    description,
    type = 'text',
    autoComplete,
    mono,
    wide,
    isRequired,
    autoFocus,
  } = props;
  const { t, i18n } = useTranslation();
  // A stray key reads "This is not valid.", never the key itself.
  const message = (key: string | undefined) =>
    key && !key.startsWith('validation.') && i18n.exists(key) ? t(key) : fieldMessage(t, key);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          className="field"
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
          <Input
            ref={field.ref}
            className={['input', mono && 'input-mono', wide && 'input-wide'].filter(Boolean).join(' ')}
          />
          {description ? (
            <Text slot="description" className="field-help">
              {description}
            </Text>
          ) : null}
          <FieldError className="field-error">{message(fieldState.error?.message)}</FieldError>
        </TextField>
      )}
    />
  );
}
