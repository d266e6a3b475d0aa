import { createFormControl, type DefaultValues, type FieldValues } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { placeFieldErrors } from '../../../src/renderer/src/lib/fieldErrors';
import type { AppError } from '../../../src/shared/result';

/** A real react-hook-form control (no React needed), holding these values. */
function formWith<T extends FieldValues>(defaultValues: T) {
  const { control, setError, getValues } = createFormControl<T>({
    defaultValues: defaultValues as DefaultValues<T>,
  });
  const messageAt = (path: string) =>
    path
      .split('.')
      .reduce<unknown>(
        (node, part) => (node as Record<string, unknown> | undefined)?.[part],
        control._formState.errors,
      ) as { message?: string; type?: string } | undefined;
  return { setError, getValues, messageAt };
}

const refusal = (fields: Record<string, string>): AppError => ({
  code: 'invalid_input',
  message: 'Some answers need another look.',
  fields,
});

describe('main’s field errors placed at the fields', () => {
  it('drops the root main keys them by (client.birthDate → birthDate), nested paths included', () => {
    const form = formWith({ birthDate: '', phones: [{ number: '' }] });
    const placed = placeFieldErrors(
      refusal({ 'client.birthDate': 'validation.date_future', 'client.phones.0.number': 'validation.phone' }),
      form,
      { root: 'client' },
    );
    expect(placed).toBe(true);
    expect(form.messageAt('birthDate')).toMatchObject({ type: 'server', message: 'validation.date_future' });
    expect(form.messageAt('phones.0.number')).toMatchObject({ message: 'validation.phone' });
  });

  it('says so when a problem has no field in the form, so the caller shows an alert', () => {
    const form = formWith({ name: '' });
    expect(
      placeFieldErrors(refusal({ name: 'validation.required', teamId: 'validation.unknown' }), form),
    ).toBe(false);
    expect(form.messageAt('name')).toMatchObject({ message: 'validation.required' });
  });

  it('with a list of fields, places only those', () => {
    const form = formWith({ accountId: 'a1', reason: '' });
    expect(placeFieldErrors(refusal({ accountId: 'validation.unknown' }), form, { fields: ['reason'] })).toBe(
      false,
    );
    expect(form.messageAt('accountId')).toBeUndefined();
  });

  it('a refusal without fields is never "placed"', () => {
    const form = formWith({ name: '' });
    expect(placeFieldErrors({ code: 'forbidden', message: 'No.' }, form)).toBe(false);
  });
});
