import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { contract } from '../../../../shared/contracts';
import { useLanternMutation } from '../../lib/client';
import { useContractForm } from '../../lib/useContractForm';
import { ErrorAlert } from '../../ui/feedback';
import { FormSelectField } from '../../ui/fields';
import { ModalDialog } from '../../ui/ModalDialog';
import { useLanguageOfDocuments } from './language';

const schema = contract['discharge:start'].input.pick({ program: true });

/**
 * Which program the client leaves (one of their active or on-hold enrollments); main then makes
 * the draft, filled in from the record, or reopens the viewer's own draft for that program.
 */
export function StartDischargeDialog(props: {
  isOpen: boolean;
  onClose(): void;
  clientId: string;
  programs: readonly string[];
}) {
  return (
    <ModalDialog
      isOpen={props.isOpen}
      onOpenChange={(open) => (open ? undefined : props.onClose())}
      title={useTranslation().t('discharge.start.title')}
    >
      {(close) => <StartForm {...props} close={close} />}
    </ModalDialog>
  );
}

function StartForm(props: { clientId: string; programs: readonly string[]; close(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const language = useLanguageOfDocuments();
  const start = useLanternMutation('discharge:start');
  const { form, error, submit } = useContractForm({
    schema,
    defaultValues: { program: props.programs[0] ?? '' },
  });
  const onSubmit = submit(async ({ program }) => {
    const draft = await start.mutateAsync({ clientId: props.clientId, program, language });
    props.close();
    void navigate(`/clients/${encodeURIComponent(props.clientId)}/discharge/${encodeURIComponent(draft.id)}`);
  });
  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <p>{t('discharge.start.intro')}</p>
      <FormSelectField
        control={form.control}
        name="program"
        label={t('discharge.start.program')}
        isRequired
        options={props.programs.map((program) => ({ id: program, label: program }))}
      />
      <ErrorAlert error={error} />
      <div className="form-actions">
        <Button type="submit" className="button button-primary" isPending={start.isPending}>
          {t('discharge.start.start')}
        </Button>
        <Button className="button" onPress={props.close}>
          {t('discharge.start.cancel')}
        </Button>
      </div>
    </Form>
  );
}
