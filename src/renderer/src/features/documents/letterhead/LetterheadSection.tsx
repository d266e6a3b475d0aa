import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Letterhead } from '../../../../../shared/contracts/letterhead';
import { letterheadFieldsSchema } from '../../../../../shared/contracts/letterhead';
import { lanternKey, useLanternMutation, useLanternQuery } from '../../../lib/client';
import { errorMessage, fieldMessage } from '../../../lib/errors';
import { formatDay } from '../../../lib/format';
import { useContractForm } from '../../../lib/useContractForm';
import { ErrorAlert, LoadingMessage, StatusMessage } from '../../../ui/feedback';
import { FormTextField } from '../../../ui/fields';
import { mimeOfBase64, readLogo } from './logoFile';
import './letterhead.css';

/** Administration → Clinic letterhead: what tops every document Lantern makes. */
export function LetterheadSection() {
  const { t } = useTranslation();
  const letterhead = useLanternQuery('letterhead:get', {});
  if (letterhead.error)
    return (
      <ErrorAlert>
        {t('letterhead.loadFailed')} {errorMessage(t, letterhead.error.error)}
      </ErrorAlert>
    );
  if (!letterhead.data) return <LoadingMessage />;
  return <LetterheadForm letterhead={letterhead.data} />;
}

function LetterheadForm({ letterhead }: { letterhead: Letterhead }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const [logoProblem, setLogoProblem] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const update = useLanternMutation('letterhead:update');
  const { form, error, submit } = useContractForm({
    schema: letterheadFieldsSchema,
    root: 'letterhead',
    fields: ['clinicName', 'address', 'phone', 'logo'],
    defaultValues: letterhead.fields,
  });
  const logo = form.watch('logo');
  const logoError = form.formState.errors.logo;
  const shownLogoError =
    logoProblem ?? (logoError ? fieldMessage(t, logoError.message ?? logoError.base64?.message) : null);

  const onSubmit = submit(async (values) => {
    setSaved(false);
    const next = await update.mutateAsync({ letterhead: values });
    queryClient.setQueryData(lanternKey('letterhead:get', {}), next);
    form.reset(next.fields);
    setSaved(true);
  });

  const onFile = async (file: File | undefined) => {
    setSaved(false);
    if (!file) return;
    const picked = await readLogo(file);
    if (!picked.ok) {
      setLogoProblem(
        t(picked.problem === 'tooLarge' ? 'letterhead.logoTooLarge' : 'letterhead.logoWrongType'),
      );
      return;
    }
    setLogoProblem(null);
    form.clearErrors('logo');
    form.setValue('logo', { base64: picked.base64 }, { shouldDirty: true });
  };

  const mime = logo?.base64 ? mimeOfBase64(logo.base64) : null;
  return (
    <div className="panel panel-form">
      <h2>{t('letterhead.title')}</h2>
      <p>{t('letterhead.intro')}</p>
      {letterhead.updatedAt && letterhead.updatedByName ? (
        <p className="muted">
          {t('letterhead.lastChanged', {
            date: formatDay(letterhead.updatedAt),
            name: letterhead.updatedByName,
          })}
        </p>
      ) : null}
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <FormTextField
          control={form.control}
          name="clinicName"
          label={t('letterhead.clinicName')}
          description={t('letterhead.clinicNameHelp', { name: letterhead.printedName })}
          maxLength={200}
        />
        <FormTextField
          control={form.control}
          name="address"
          label={t('letterhead.address')}
          description={t('letterhead.addressHelp')}
          multiline
          maxLength={400}
        />
        <FormTextField control={form.control} name="phone" label={t('letterhead.phone')} maxLength={25} />
        <fieldset className="field">
          <legend className="field-label">{t('letterhead.logo')}</legend>
          <p className="field-help" id="letterhead-logo-help">
            {t('letterhead.logoHelp')}
          </p>
          <div className="letterhead-logo">
            {logo?.base64 && mime ? (
              <img
                className="letterhead-logo-preview"
                src={`data:${mime};base64,${logo.base64}`}
                alt={t('letterhead.logoPreview')}
              />
            ) : (
              <span className="muted">{t('letterhead.noLogo')}</span>
            )}
            <input
              ref={fileInput}
              id="letterhead-logo-file"
              className="letterhead-file-input"
              type="file"
              accept="image/png,image/jpeg"
              tabIndex={-1}
              aria-hidden="true"
              onChange={(event) => {
                void onFile(event.target.files?.[0]);
                event.target.value = '';
              }}
            />
            <Button
              className="button"
              aria-describedby="letterhead-logo-help"
              onPress={() => fileInput.current?.click()}
            >
              {t('letterhead.chooseLogo')}
            </Button>
            {logo ? (
              <Button
                className="button"
                onPress={() => {
                  setLogoProblem(null);
                  form.setValue('logo', null, { shouldDirty: true });
                }}
              >
                {t('letterhead.removeLogo')}
              </Button>
            ) : null}
          </div>
          {shownLogoError ? (
            <p className="field-error" role="alert">
              {shownLogoError}
            </p>
          ) : null}
        </fieldset>
        <ErrorAlert error={error} />
        <StatusMessage>{saved ? t('letterhead.saved') : null}</StatusMessage>
        <div className="form-actions">
          <Button type="submit" className="button button-primary" isPending={update.isPending}>
            {t('letterhead.save')}
          </Button>
        </div>
      </Form>
    </div>
  );
}
