import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { noteSearchInputSchema } from '../../../../shared/contracts/progress-notes';
import { useLanternQuery } from '../../lib/client';
import { useContractForm } from '../../lib/useContractForm';
import { FormDateField, FormSelectField, FormTextField } from '../../ui/fields';
import type { NoteSearchAddress } from './searchParams';

type FormValues = Pick<NoteSearchAddress, 'query' | 'from' | 'to' | 'authorId'>;

/** Words, contact dates and author, checked with the channel's own schema before it is called. */
export function NoteSearchForm({
  initial,
  onSearch,
}: {
  initial: FormValues;
  onSearch(values: FormValues): void;
}) {
  const { t } = useTranslation();
  const staff = useLanternQuery('caseload:staff', {}, { staleTime: 60_000 });
  const schema = noteSearchInputSchema.pick({ query: true, from: true, to: true, authorId: true });
  const { form } = useContractForm({ schema, defaultValues: initial });
  const submit = form.handleSubmit((values) =>
    onSearch({
      query: values.query.trim(),
      ...(values.from ? { from: values.from } : {}),
      ...(values.to ? { to: values.to } : {}),
      ...(values.authorId ? { authorId: values.authorId } : {}),
    }),
  );
  return (
    <Form
      className="panel note-search-form"
      role="search"
      aria-label={t('noteSearch.formLabel')}
      onSubmit={(event) => void submit(event)}
      validationBehavior="aria"
    >
      <FormTextField
        control={form.control}
        name="query"
        label={t('noteSearch.query')}
        description={t('noteSearch.queryHelp')}
        maxLength={200}
        autoFocus
        wide
      />
      <div className="filter-grid">
        <FormDateField control={form.control} name="from" label={t('noteSearch.from')} />
        <FormDateField control={form.control} name="to" label={t('noteSearch.to')} />
        <FormSelectField
          control={form.control}
          name="authorId"
          label={t('noteSearch.author')}
          emptyOption={t('noteSearch.anyAuthor')}
          options={(staff.data ?? []).map((person) => ({ id: person.id, label: person.fullName }))}
        />
      </div>
      <div className="form-actions">
        <Button type="submit" className="button button-primary">
          {t('noteSearch.search')}
        </Button>
      </div>
    </Form>
  );
}
