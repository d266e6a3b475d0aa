import { useState } from 'react';
import { Button, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { DocumentTemplate, ExampleTemplateId } from '../../../../../shared/contracts/document-templates';
import { EXAMPLE_TEMPLATES } from '../../../../../shared/contracts/document-templates';
import type { AppError } from '../../../../../shared/result';
import { toAppError, useLanternMutation, useLanternQuery } from '../../../lib/client';
import { formatDay } from '../../../lib/format';
import { ErrorAlert, LoadingMessage, StatusMessage } from '../../../ui/feedback';
import { UploadTemplateForm } from './UploadTemplateForm';
import './templates.css';

/**
 * Administration → Word templates: the clinic's templates (each with its versions), archiving
 * one, the two examples Lantern ships, uploading a new template or version, and the way to the
 * field reference.
 */
export function DocumentTemplatesSection() {
  const { t } = useTranslation();
  const templates = useLanternQuery('documentTemplates:list', {});
  const archive = useLanternMutation('documentTemplates:archive');
  const addExample = useLanternMutation('documentTemplates:addExample');
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const act = async (run: () => Promise<string>) => {
    setError(null);
    setNotice(null);
    try {
      setNotice(await run());
    } catch (thrown) {
      setError(toAppError(thrown));
    }
  };
  const onArchive = (template: DocumentTemplate) =>
    act(async () => {
      await archive.mutateAsync({ templateId: template.id });
      return t('documentTemplates.admin.archived', { name: template.name });
    });
  const onExample = (example: ExampleTemplateId) =>
    act(async () => {
      const added = await addExample.mutateAsync({ example });
      return t('documentTemplates.admin.exampleAdded', { name: added.name });
    });

  return (
    <div className="stack">
      <h2 className="tab-heading">{t('documentTemplates.admin.title')}</h2>
      <p className="muted">{t('documentTemplates.admin.intro')}</p>
      <p>
        <Link href="/documents/template-fields" className="text-link">
          {t('documentTemplates.admin.fieldReference')}
        </Link>
      </p>
      <section aria-labelledby="document-templates-list-title" className="stack">
        <h3 id="document-templates-list-title">{t('documentTemplates.admin.listTitle')}</h3>
        {templates.isPending ? <LoadingMessage /> : null}
        <ErrorAlert error={templates.error?.error ?? null} />
        {templates.data?.length === 0 ? <p className="muted">{t('documentTemplates.admin.none')}</p> : null}
        {templates.data && templates.data.length > 0 ? (
          <ul className="plain-list document-templates">
            {templates.data.map((template) => {
              const newest = template.versions.at(-1);
              return (
                <li key={template.id} className="document-template">
                  <div>
                    <strong>{template.name}</strong>
                    {template.description ? <p className="muted">{template.description}</p> : null}
                    <p className="muted">
                      {t('documentTemplates.admin.versionLine', {
                        version: template.version,
                        fields: template.fields.length,
                        date: formatDay(newest?.addedAt),
                        name: newest?.addedByName ?? '',
                      })}
                    </p>
                  </div>
                  <Button
                    className="button"
                    aria-label={t('documentTemplates.admin.archiveLabel', { name: template.name })}
                    isDisabled={archive.isPending}
                    onPress={() => void onArchive(template)}
                  >
                    {t('documentTemplates.admin.archive')}
                  </Button>
                </li>
              );
            })}
          </ul>
        ) : null}
      </section>
      <StatusMessage>{notice}</StatusMessage>
      <ErrorAlert error={error} />
      <section aria-labelledby="document-templates-examples-title" className="stack">
        <h3 id="document-templates-examples-title">{t('documentTemplates.admin.examplesTitle')}</h3>
        <p className="muted">{t('documentTemplates.admin.examplesIntro')}</p>
        <div className="form-actions">
          {EXAMPLE_TEMPLATES.map((example) => (
            <Button
              key={example}
              className="button"
              isDisabled={addExample.isPending}
              onPress={() => void onExample(example)}
            >
              {t(`documentTemplates.admin.example.${example}`)}
            </Button>
          ))}
        </div>
      </section>
      <UploadTemplateForm templates={templates.data ?? []} />
    </div>
  );
}
