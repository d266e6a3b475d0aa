import { useState, type ReactNode } from 'react';
import { Button, Form } from 'react-aria-components';
import type { Control, DefaultValues, FieldValues, Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useContractForm } from '../lib/useContractForm';
import { ErrorAlert } from './feedback';
import { FormTextField } from './fields';
import { ModalDialog } from './ModalDialog';

type FormSchema = z.ZodType<FieldValues, FieldValues>;

export interface ShortTextDialogProps<S extends FormSchema> {
  isOpen: boolean;
  onClose(): void;
  title: string;
  role?: 'dialog' | 'alertdialog';
  intro: string;
  /** The part of the channel's input the dialog edits (a reason, a note, and any `before` fields). */
  schema: S;
  defaultValues: DefaultValues<z.input<S>>;
  /** The fields the dialog shows, so main's field errors land at them (see useContractForm). */
  fields: readonly string[];
  /** The text box: its field name, label and help. */
  name: Path<z.input<S>>;
  label: string;
  description?: string;
  /** Off when another field comes first (the focus then starts there). */
  autoFocus?: boolean;
  submitLabel: string;
  /** `danger` for a removal, `primary` otherwise. */
  tone?: 'primary' | 'danger';
  /** Fields shown above the text box, bound to the same form (e.g. a level to choose). */
  before?(control: Control<z.input<S>>): ReactNode;
  /** Saves the parsed values; the dialog closes when it resolves and shows the refusal when it throws. */
  onSubmit(values: z.output<S>): Promise<unknown>;
}

/**
 * A dialog that asks for a short text (why, what was done) and submits it: the reason for a
 * removal, the note that closes an alert, the reason a result was entered in error.
 */
export function ShortTextDialog<S extends FormSchema>(props: ShortTextDialogProps<S>) {
  return (
    <ModalDialog
      role={props.role}
      isOpen={props.isOpen}
      onOpenChange={(open) => (open ? undefined : props.onClose())}
      title={props.title}
    >
      {(close) => <ShortTextForm {...props} onClose={close} />}
    </ModalDialog>
  );
}

function ShortTextForm<S extends FormSchema>(props: ShortTextDialogProps<S>) {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  const { form, error, submit } = useContractForm({
    schema: props.schema,
    defaultValues: props.defaultValues,
    fields: props.fields,
  });
  // The fields only read and write the boxes' values; the parsed type plays no part in them.
  const control = form.control as unknown as Control<z.input<S>>;
  const onSubmit = submit(async (values) => {
    setPending(true);
    try {
      await props.onSubmit(values);
      props.onClose();
    } finally {
      setPending(false);
    }
  });
  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <p>{props.intro}</p>
      {props.before?.(control)}
      <FormTextField
        control={control}
        name={props.name}
        label={props.label}
        description={props.description}
        multiline
        autoFocus={props.autoFocus ?? true}
        isRequired
      />
      <ErrorAlert error={error} />
      <div className="dialog-actions">
        <Button className="button" onPress={props.onClose}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" className={`button button-${props.tone ?? 'primary'}`} isPending={pending}>
          {props.submitLabel}
        </Button>
      </div>
    </Form>
  );
}
