import { useState } from 'react';
import { Button, FileTrigger, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { measuresContract } from '../../../../shared/contracts/measures';
import { useLanternMutation } from '../../lib/client';
import { isCatalogueKey } from '../../lib/catalogue';
import { useContractForm } from '../../lib/useContractForm';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';
import { FormCheckBox } from '../../ui/CheckBox';
import { FormTextField } from '../../ui/fields';

const schema = measuresContract['measures:addInstrument'].input;

/**
 * An administrator adds an instrument file the clinic is licensed for. The file's text goes to
 * main, which checks all of it before keeping anything; each problem is listed with where it is.
 */
export function AddInstrumentForm() {
  const { t } = useTranslation();
  const add = useLanternMutation('measures:addInstrument');
  const [notice, setNotice] = useState<string | null>(null);
  const { form, error, submit } = useContractForm({
    schema,
    defaultValues: { text: '', licenceConfirmed: false as unknown as true },
    fields: ['text', 'licenceConfirmed'],
  });
  const onSubmit = submit(async (values) => {
    const entry = await add.mutateAsync(values);
    setNotice(t('measures.admin.added', { measure: entry.definition.abbreviation }));
    form.reset();
  });
  const problems = Object.entries(error?.fields ?? {}).filter(([path]) => path.startsWith('problems.'));
  return (
    <Form
      className="form"
      onSubmit={onSubmit}
      validationBehavior="aria"
      aria-labelledby="add-instrument-title"
    >
      <h3 id="add-instrument-title">{t('measures.admin.addTitle')}</h3>
      <p>{t('measures.admin.addIntro')}</p>
      <div className="instrument-file-choose">
        <FileTrigger
          acceptedFileTypes={['application/json', '.json']}
          onSelect={(files) => {
            const chosen = files?.[0];
            if (chosen)
              void chosen.text().then((text) => form.setValue('text', text, { shouldValidate: false }));
          }}
        >
          <Button className="button">{t('measures.admin.chooseFile')}</Button>
        </FileTrigger>
      </div>
      <FormTextField
        control={form.control}
        name="text"
        label={t('measures.admin.fileText')}
        description={t('measures.admin.fileTextHelp')}
        multiline
        wide
      />
      <FormCheckBox
        control={form.control}
        name="licenceConfirmed"
        label={t('measures.admin.licence')}
        description={t('measures.admin.licenceHelp')}
      />
      <ErrorAlert error={error} />
      {problems.length > 0 ? (
        <ul className="instrument-problems" aria-label={t('measures.admin.problems')}>
          {problems.map(([path, key]) => (
            <li key={path}>
              <code>{path.slice('problems.'.length)}</code>:{' '}
              {isCatalogueKey(key) ? t(key) : t('validation.invalid')}
            </li>
          ))}
        </ul>
      ) : null}
      <StatusMessage>{notice}</StatusMessage>
      <div className="form-actions">
        <Button type="submit" className="button button-primary" isPending={add.isPending}>
          {t('measures.admin.add')}
        </Button>
      </div>
    </Form>
  );
}
