import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import type { Control, UseFormSetValue } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  planTemplateFieldsSchema,
  type CarePlanContentInput,
  type PlanTemplate,
} from '../../../../shared/contracts/care-plans';
import { useLanternMutation, useLanternQuery } from '../../lib/client';
import { useContractForm } from '../../lib/useContractForm';
import { ErrorAlert, LoadingMessage, StatusMessage } from '../../ui/feedback';
import { FormTextField } from '../../ui/fields';
import { NeedList } from './NeedList';

/** Administration → Plan templates: the clinic's common needs, goals, objectives and interventions. */
export function PlanTemplatesSection() {
  const { t } = useTranslation();
  const templates = useLanternQuery('carePlans:templates', {});
  const archive = useLanternMutation('carePlans:archiveTemplate');
  const [editing, setEditing] = useState<PlanTemplate | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <div className="stack">
      <div className="tab-toolbar">
        <h2 className="tab-heading">{t('carePlans.templates.title')}</h2>
        <Button className="button button-primary" onPress={() => setEditing('new')}>
          <span aria-hidden="true">+</span> {t('carePlans.templates.add')}
        </Button>
      </div>
      <p className="muted">{t('carePlans.templates.intro')}</p>
      <StatusMessage>{notice}</StatusMessage>
      {templates.isPending ? <LoadingMessage /> : null}
      <ErrorAlert error={templates.error?.error ?? archive.error?.error ?? null} />
      <ul className="plain-list plan-templates">
        {(templates.data ?? []).map((template) => (
          <li key={template.id} className="plan-template">
            <strong>{template.name}</strong>{' '}
            <span className="muted">{t('carePlans.templates.needs', { count: template.needs.length })}</span>{' '}
            <Button
              className="button button-small"
              aria-label={t('carePlans.templates.editNamed', { name: template.name })}
              onPress={() => setEditing(template)}
            >
              {t('carePlans.templates.edit')}
            </Button>{' '}
            <Button
              className="button button-small button-danger"
              aria-label={t('carePlans.templates.archiveNamed', { name: template.name })}
              onPress={() =>
                void archive
                  .mutateAsync({ id: template.id })
                  .then(() => setNotice(t('carePlans.templates.archived', { name: template.name })))
              }
            >
              {t('carePlans.templates.archive')}
            </Button>
          </li>
        ))}
      </ul>
      {editing ? (
        <TemplateForm
          key={editing === 'new' ? 'new' : editing.id}
          template={editing === 'new' ? null : editing}
          onDone={(name) => {
            setEditing(null);
            if (name) setNotice(t('carePlans.templates.saved', { name }));
          }}
        />
      ) : null}
    </div>
  );
}

function TemplateForm({
  template,
  onDone,
}: {
  template: PlanTemplate | null;
  onDone: (saved: string | null) => void;
}) {
  const { t } = useTranslation();
  const save = useLanternMutation('carePlans:saveTemplate');
  const { form, error, submit } = useContractForm({
    schema: planTemplateFieldsSchema,
    root: 'template',
    defaultValues: { name: template?.name ?? '', needs: template?.needs ?? [] },
  });
  const onSubmit = submit(async (values) => {
    const saved = await save.mutateAsync({ id: template?.id ?? null, template: values });
    onDone(saved.name);
  });
  // The needs editor is the plan's: it only touches `needs.*`, which a template has in the same shape.
  const control = form.control as unknown as Control<CarePlanContentInput>;
  const setValue = form.setValue as unknown as UseFormSetValue<CarePlanContentInput>;
  return (
    <section className="panel" aria-labelledby="template-form-title">
      <h3 id="template-form-title">
        {template
          ? t('carePlans.templates.editTitle', { name: template.name })
          : t('carePlans.templates.newTitle')}
      </h3>
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <FormTextField control={form.control} name="name" label={t('carePlans.templates.name')} isRequired />
        <NeedList control={control} setValue={setValue} withDates={false} />
        <ErrorAlert error={error} />
        <div className="form-actions">
          <Button type="submit" className="button button-primary" isPending={save.isPending}>
            {t('carePlans.templates.save')}
          </Button>
          <Button className="button" onPress={() => onDone(null)}>
            {t('common.cancel')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
