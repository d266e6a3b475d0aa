import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { breakGlassInputSchema } from '../../../../../shared/contracts/clients';
import { useLanternMutation } from '../../../lib/client';
import { useContractForm } from '../../../lib/useContractForm';
import { ErrorAlert } from '../../../ui/feedback';
import { FormTextField } from '../../../ui/fields';
import { ModalDialog } from '../../../ui/ModalDialog';
import { Page } from '../../../ui/Page';

/**
 * "Break the glass": the client is not on this person's caseload. They may open the file for one
 * shift by saying why (at least 10 characters); supervisors review every such opening.
 */
export function BreakGlassPage({ clientId, name }: { clientId: string; name: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(true);
  const who = name ?? t('clients.breakGlass.thisClient');
  return (
    <Page title={t('clients.breakGlass.pageTitle')}>
      <p>{t('clients.breakGlass.notOnCaseload', { name: who })}</p>
      <div className="form-actions">
        <Button className="button button-primary" onPress={() => setAsking(true)}>
          {t('clients.breakGlass.giveReason')}
        </Button>
        <Button className="button" onPress={() => void navigate('/clients')}>
          {t('clients.file.backToClients')}
        </Button>
      </div>
      <ModalDialog
        role="alertdialog"
        isOpen={asking}
        onOpenChange={setAsking}
        title={t('clients.breakGlass.title')}
      >
        {(close) => <BreakGlassForm clientId={clientId} who={who} onCancel={close} />}
      </ModalDialog>
    </Page>
  );
}

const reasonSchema = breakGlassInputSchema.pick({ reason: true });

function BreakGlassForm({ clientId, who, onCancel }: { clientId: string; who: string; onCancel(): void }) {
  const { t } = useTranslation();
  const breakGlass = useLanternMutation('clients:breakGlass');
  const { form, error, submit } = useContractForm({
    schema: reasonSchema,
    defaultValues: { reason: '' },
    fields: ['reason'],
  });

  // The grant makes `clients:get` stale: the file opens in full when it is fetched again.
  const onSubmit = submit(({ reason }) => breakGlass.mutateAsync({ clientId, reason }));

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <p className="lead">{t('clients.breakGlass.question', { name: who })}</p>
      <FormTextField
        control={form.control}
        name="reason"
        label={t('clients.breakGlass.reason')}
        description={t('clients.breakGlass.reasonHelp')}
        multiline
        autoFocus
        isRequired
      />
      <ErrorAlert error={error} />
      <div className="dialog-actions">
        <Button className="button" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" className="button button-danger" isPending={breakGlass.isPending}>
          {t('clients.breakGlass.submit')}
        </Button>
      </div>
    </Form>
  );
}
