import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { SavedPhrase } from '../../../../shared/contracts/progress-notes';
import { NOTE_LIMITS, savePhraseInputSchema } from '../../../../shared/contracts/progress-notes';
import { useLanternMutation } from '../../lib/client';
import { useContractForm } from '../../lib/useContractForm';
import { ErrorAlert } from '../../ui/feedback';
import { FormTextField } from '../../ui/fields';

/** Adds or edits one saved phrase; a shortcut already used comes back as its field's error. */
export function PhraseForm(props: {
  scope: SavedPhrase['scope'];
  phrase: SavedPhrase | null;
  onDone: (saved: SavedPhrase | null) => void;
}) {
  const { t } = useTranslation();
  const save = useLanternMutation('notes:savePhrase');
  const { phrase, scope } = props;
  const { form, error, submit } = useContractForm({
    schema: savePhraseInputSchema,
    fields: ['shortcut', 'title', 'text'],
    defaultValues: {
      ...(phrase ? { id: phrase.id } : {}),
      scope,
      shortcut: phrase?.shortcut ?? '',
      title: phrase?.title ?? '',
      text: phrase?.text ?? '',
    },
  });
  const onSubmit = submit(async (values) => props.onDone(await save.mutateAsync(values)));
  const heading = phrase
    ? t('noteFormats.phrases.editTitle', { title: phrase.title })
    : t('noteFormats.phrases.newTitle');
  return (
    <Form className="form panel" onSubmit={onSubmit} validationBehavior="aria" aria-label={heading}>
      <h4>{heading}</h4>
      <FormTextField
        control={form.control}
        name="shortcut"
        label={t('noteFormats.phrases.shortcut')}
        description={t('noteFormats.phrases.shortcutHelp')}
        maxLength={20}
        isRequired
        autoFocus
      />
      <FormTextField
        control={form.control}
        name="title"
        label={t('noteFormats.phrases.title')}
        maxLength={120}
        isRequired
      />
      <FormTextField
        control={form.control}
        name="text"
        label={t('noteFormats.phrases.text')}
        maxLength={NOTE_LIMITS.phraseText}
        multiline
        wide
        isRequired
      />
      <ErrorAlert error={error} />
      <div className="form-actions">
        <Button type="submit" className="button button-primary" isPending={save.isPending}>
          {t('noteFormats.phrases.save')}
        </Button>
        <Button className="button" onPress={() => props.onDone(null)}>
          {t('noteFormats.phrases.cancel')}
        </Button>
      </div>
    </Form>
  );
}
