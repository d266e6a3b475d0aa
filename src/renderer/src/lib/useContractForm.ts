import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useState, type BaseSyntheticEvent } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Mode,
  type Path,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form';
import type { z } from 'zod';
import type { AppError } from '../../../shared/result';
import { toAppError } from './client';
import { placeFieldErrors, type FieldPlacement } from './fieldErrors';
import { useFormDraft, type FormDraft, type FormDraftOptions } from './useFormDraft';

type FormSchema = z.ZodType<FieldValues, FieldValues>;

export interface ContractFormOptions<
  S extends FormSchema,
  TValues extends FieldValues,
  TParsed,
> extends FieldPlacement {
  /**
   * The schema main parses the call with: a channel's contract input (`contract[c].input`), or
   * the part of it the form edits (then `root` names where it sits). The same rules run as the
   * person types and in main.
   */
  schema: S;
  /**
   * Only for a form whose boxes are not the schema's input (a choice between two ways of
   * answering, say): its own resolver, which must still end in `schema`.
   */
  resolver?: Resolver<TValues, unknown, TParsed>;
  defaultValues: DefaultValues<NoInfer<TValues>>;
  /** When fields are checked (react-hook-form's `mode`; on submit unless said). */
  mode?: Mode;
  /**
   * A refusal that belongs to one field although main named no field (e.g. `wrong_credentials`
   * → the password box), with the catalogue key to show there; null when it does not.
   */
  fieldFor?(
    error: AppError,
    values: NoInfer<TValues>,
  ): { name: Path<NoInfer<TValues>>; message: string } | null;
  /** Told of every refusal before it is shown (e.g. to start the sign-in wait main asked for). */
  onRefused?(error: AppError): void;
  /** Keep unsaved values as a draft in main under this key (see useFormDraft). */
  draft?: { key: string } & FormDraftOptions;
}

export interface ContractForm<TValues extends FieldValues, TParsed> {
  form: UseFormReturn<TValues, unknown, TParsed>;
  /** The refusal no field could show, for an `ErrorAlert`; null when there is none. */
  error: AppError | null;
  setError(error: AppError | null): void;
  /**
   * The form's submit handler: checks the fields, clears the last refusal, runs `save` with the
   * parsed values; if `save` throws, the refusal goes to its fields or to `error`.
   */
  submit(save: (values: TParsed) => Promise<unknown>): (event?: BaseSyntheticEvent) => Promise<void>;
  /** Shows a refusal the way `submit` would (for calls made outside it, e.g. a Browse button). */
  refuse(error: AppError): void;
  /** The draft autosave (inert when no `draft` was asked for). */
  draft: FormDraft;
}

/**
 * Every form's plumbing in one place: react-hook-form with the contract's zod schema, main's
 * field errors (`{ code, fields: { "a.b": "validation.key" } }`) placed at the fields, anything
 * else as one alert, and optionally the draft autosave.
 */
export function useContractForm<
  S extends FormSchema,
  TValues extends FieldValues = z.input<S>,
  TParsed = z.output<S>,
>(options: ContractFormOptions<S, TValues, TParsed>): ContractForm<TValues, TParsed> {
  const {
    schema,
    resolver,
    defaultValues,
    mode,
    fieldFor,
    onRefused,
    draft: draftOptions,
    root,
    fields,
  } = options;
  const form = useForm<TValues, unknown, TParsed>({
    resolver: resolver ?? (zodResolver(schema as never) as unknown as Resolver<TValues, unknown, TParsed>),
    defaultValues,
    ...(mode ? { mode } : {}),
  });
  const [error, setError] = useState<AppError | null>(null);
  const draft = useFormDraft(form, draftOptions?.key ?? null, draftOptions);
  const { setError: setFieldError, getValues } = form;

  const refuse = useCallback(
    (appError: AppError) => {
      onRefused?.(appError);
      const own = fieldFor?.(appError, getValues());
      if (own) {
        setFieldError(own.name, { type: 'server', message: own.message }, { shouldFocus: true });
      } else if (!placeFieldErrors(appError, { setError: setFieldError, getValues }, { root, fields })) {
        setError(appError);
      }
    },
    [fieldFor, onRefused, setFieldError, getValues, root, fields],
  );

  const submit = useCallback(
    (save: (values: TParsed) => Promise<unknown>) =>
      form.handleSubmit(async (values) => {
        setError(null);
        try {
          await save(values);
        } catch (thrown) {
          refuse(toAppError(thrown));
        }
      }),
    [form, refuse],
  );

  return { form, error, setError, submit, refuse, draft };
}
