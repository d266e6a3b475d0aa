import { useState } from 'react';
import { Button, FileTrigger, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { noteFormatsContract } from '../../../../shared/contracts/note-formats';
import { useLanternMutation } from '../../lib/client';
import { isCatalogueKey } from '../../lib/catalogue';
import { useContractForm } from '../../lib/useContractForm';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';
import { FormTextField } from '../../ui/fields';
import { useLocalString } from './localText';

const schema = noteFormatsContract['notes:addFormat'].input;

/**
 * An administrator adds the clinic's own format file. Main checks all of it before keeping
 * anything and names every problem with where it is in the file (`problems.<path>`).
 */
export function AddNoteFormatForm() {
  const { t } = useTranslation();
  const text = useLocalString();
  const add = useLanternMutation('notes:addFormat');
  const [notice, setNotice] = useState<string | null>(null);
  const { form, error, submit } = useContractForm({ schema, defaultValues: { text: '' }, fields: ['text'] });
  const onSubmit = submit(async (values) => {
    setNotice(null);
    const entry = await add.mutateAsync(values);
    setNotice(t('noteFormats.formats.added', { name: text(entry.format.name) }));
    form.reset();
  });
  const problems = Object.entries(error?.fields ?? {}).filter(([path]) => path.startsWith('problems.'));
  return (
    <Form
      className="form"
      onSubmit={onSubmit}
      validationBehavior="aria"
      aria-labelledby="add-note-format-title"
    >
      <h3 id="add-note-format-title">{t('noteFormats.formats.addTitle')}</h3>
      <p>{t('noteFormats.formats.addIntro')}</p>
      <div className="instrument-file-choose">
        <FileTrigger
          acceptedFileTypes={['application/json', '.json']}
          onSelect={(files) => {
            const chosen = files?.[0];
            if (chosen)
              void chosen.text().then((content) => form.setValue('text', content, { shouldValidate: false }));
          }}
        >
          <Button className="button">{t('noteFormats.formats.chooseFile')}</Button>
        </FileTrigger>
      </div>
      <FormTextField
        control={form.control}
        name="text"
        label={t('noteFormats.formats.fileText')}
        description={t('noteFormats.formats.fileTextHelp')}
        multiline
        wide
      />
      <ErrorAlert error={error} />
      {problems.length > 0 ? (
        <ul className="instrument-problems" aria-label={t('noteFormats.formats.problems')}>
          {problems.map(([path, key]) => {
            const where = path.slice('problems.'.length);
            return (
              <li key={path}>
                <code>{where === '(file)' ? t('noteFormats.formats.wholeFile') : where}</code>:{' '}
                {isCatalogueKey(key) ? t(key) : t('validation.invalid')}
              </li>
            );
          })}
        </ul>
      ) : null}
      <StatusMessage>{notice}</StatusMessage>
      <div className="form-actions">
        <Button type="submit" className="button button-primary" isPending={add.isPending}>
          {t('noteFormats.formats.add')}
        </Button>
      </div>
    </Form>
  );
}
