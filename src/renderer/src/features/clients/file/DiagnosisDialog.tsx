import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { diagnosisFieldsSchema, type Diagnosis } from '../../../../../shared/contracts/diagnoses';
import { useLanternMutation } from '../../../lib/client';
import { useContractForm } from '../../../lib/useContractForm';
import { ErrorAlert } from '../../../ui/feedback';
import { FormDateField } from '../../../ui/fields';
import { ModalDialog } from '../../../ui/ModalDialog';
import { FormCheckBox } from '../../../ui/CheckBox';
import { CodeSearchField } from './CodeSearchField';

export function DiagnosisDialog(props: {
  isOpen: boolean;
  clientId: string;
  diagnosis: Diagnosis | null;
  onClose(): void;
  onSaved(label: string): void;
}) {
  const { t } = useTranslation();
  return (
    <ModalDialog
      isOpen={props.isOpen}
      onOpenChange={(open) => (open ? undefined : props.onClose())}
      title={
        props.diagnosis
          ? t('clients.diagnoses.editTitle', { code: props.diagnosis.code })
          : t('clients.diagnoses.addTitle')
      }
    >
      {(close) => (
        <DiagnosisForm
          clientId={props.clientId}
          diagnosis={props.diagnosis}
          onCancel={close}
          onSaved={(label) => {
            props.onSaved(label);
            close();
          }}
        />
      )}
    </ModalDialog>
  );
}

function DiagnosisForm({
  clientId,
  diagnosis,
  onCancel,
  onSaved,
}: {
  clientId: string;
  diagnosis: Diagnosis | null;
  onCancel(): void;
  onSaved(label: string): void;
}) {
  const { t } = useTranslation();
  const add = useLanternMutation('diagnoses:add');
  const update = useLanternMutation('diagnoses:update');
  const { form, error, submit } = useContractForm({
    schema: diagnosisFieldsSchema,
    root: 'diagnosis',
    mode: 'onTouched',
    defaultValues: diagnosis
      ? {
          code: diagnosis.code,
          isPrimary: diagnosis.isPrimary,
          onsetDate: diagnosis.onsetDate,
          resolvedDate: diagnosis.resolvedDate,
        }
      : { code: '', isPrimary: false, onsetDate: null, resolvedDate: null },
  });

  const onSubmit = submit(async (values) => {
    const saved = diagnosis
      ? await update.mutateAsync({ id: diagnosis.id, diagnosis: values })
      : await add.mutateAsync({ clientId, diagnosis: values });
    onSaved(`${saved.code} ${saved.title}`);
  });

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <CodeSearchField
        control={form.control}
        initialLabel={diagnosis ? `${diagnosis.code} — ${diagnosis.title}` : ''}
      />
      <FormCheckBox
        control={form.control}
        name="isPrimary"
        label={t('clients.diagnoses.primary')}
        description={t('clients.diagnoses.primaryHelp')}
      />
      <div className="form-grid">
        <FormDateField control={form.control} name="onsetDate" label={t('clients.diagnoses.onset')} />
        <FormDateField
          control={form.control}
          name="resolvedDate"
          label={t('clients.diagnoses.resolved')}
          description={t('clients.diagnoses.resolvedHelp')}
        />
      </div>
      <ErrorAlert error={error} />
      <div className="dialog-actions">
        <Button className="button" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" className="button button-primary" isPending={add.isPending || update.isPending}>
          {diagnosis ? t('clients.diagnoses.saveChanges') : t('clients.diagnoses.addSubmit')}
        </Button>
      </div>
    </Form>
  );
}
