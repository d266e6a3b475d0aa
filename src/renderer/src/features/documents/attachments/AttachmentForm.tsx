import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Attachment, AttachmentLink } from '../../../../../shared/contracts/attachments';
import { ATTACHMENT_KINDS, attachmentDetailsSchema } from '../../../../../shared/contracts/attachments';
import { localToday } from '../../../../../shared/domain/clients';
import { useLanternQuery } from '../../../lib/client';
import { formatCalendarDate } from '../../../lib/format';
import { useContractForm } from '../../../lib/useContractForm';
import { ErrorAlert } from '../../../ui/feedback';
import { FormDateField, FormSelectField, FormTextField } from '../../../ui/fields';
import { PlainSelect } from '../../../ui/PlainSelect';
import { titleFromFileName } from './fileCheck';
import { UploadProgressBar } from './UploadProgressBar';
import { useUpload } from './useUpload';

/** The client's signed notes and care plan, to link a paper to (through their own channels). */
function useLinkChoices(clientId: string) {
  const { t } = useTranslation();
  const notes = useLanternQuery('notes:list', { clientId });
  const plans = useLanternQuery('carePlans:get', { clientId });
  const choices: { id: string; label: string; link: AttachmentLink }[] = [];
  const plan = plans.data?.plan;
  if (plan && plan.versions.some((v) => v.state === 'signed'))
    choices.push({
      id: `plan:${plan.recordId}`,
      label: t('attachments.form.linkPlan'),
      link: { kind: 'care_plan', id: plan.recordId },
    });
  for (const note of notes.data ?? [])
    if (note.state !== 'draft')
      choices.push({
        id: `note:${note.id}`,
        label: t('attachments.form.linkNote', { date: formatCalendarDate(note.contactDate) }),
        link: { kind: 'note', id: note.id },
      });
  return choices;
}

/** What the person says about the file (title from its name, today's date), then the upload. */
export function AttachmentForm(props: {
  clientId: string;
  file: File;
  onDone(added: Attachment | null): void;
}) {
  const { t } = useTranslation();
  const links = useLinkChoices(props.clientId);
  const [linkId, setLinkId] = useState<string | null>(null);
  const { upload, progress } = useUpload(props.clientId);
  const { form, error, submit } = useContractForm({
    schema: attachmentDetailsSchema,
    fields: ['title', 'kind', 'documentDate'],
    root: 'details',
    defaultValues: {
      title: titleFromFileName(props.file.name),
      kind: 'other',
      documentDate: localToday(),
      link: null,
    },
  });
  const onSubmit = submit(async (values) => {
    const link = links.find((choice) => choice.id === linkId)?.link ?? null;
    props.onDone(await upload(props.file, { ...values, link }));
  });
  const busy = progress !== null || form.formState.isSubmitting;

  return (
    <section className="panel attachment-form" aria-labelledby="attachment-form-heading">
      <h4 id="attachment-form-heading">{t('attachments.form.heading', { name: props.file.name })}</h4>
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <FormTextField
          control={form.control}
          name="title"
          label={t('attachments.form.title')}
          maxLength={200}
          isRequired
          autoFocus
        />
        <FormSelectField
          control={form.control}
          name="kind"
          label={t('attachments.form.kind')}
          options={ATTACHMENT_KINDS.map((kind) => ({ id: kind, label: t(`attachments.kind.${kind}`) }))}
          isRequired
        />
        <FormDateField
          control={form.control}
          name="documentDate"
          label={t('attachments.form.documentDate')}
          description={t('attachments.form.documentDateHelp')}
        />
        <PlainSelect
          className="field"
          label={t('attachments.form.link')}
          description={t('attachments.form.linkHelp')}
          value={linkId}
          onChange={setLinkId}
          emptyLabel={t('attachments.form.noLink')}
          options={links}
        />
        <ErrorAlert error={error} />
        {progress ? <UploadProgressBar progress={progress} /> : null}
        <div className="form-actions">
          <Button type="submit" className="button button-primary" isDisabled={busy}>
            {t('attachments.form.submit')}
          </Button>
          <Button className="button" isDisabled={busy} onPress={() => props.onDone(null)}>
            {t('attachments.form.cancel')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
