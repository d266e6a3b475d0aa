import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { deactivateAccountInputSchema, type Account } from '../../../../shared/contracts/accounts';
import type { AppError } from '../../../../shared/result';
import { lanternKey, toAppError, useLanternMutation } from '../../lib/client';
import { applyFieldErrors } from '../../lib/errors';
import { ErrorAlert } from '../../ui/feedback';
import { FormTextField } from '../../ui/fields';
import { AccountFormDialog } from './AccountFormDialog';

export function DeactivateDialog(props: {
  account: Account | null;
  onClose: () => void;
  onDone: (name: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <AccountFormDialog
      {...props}
      role="alertdialog"
      title={(account) => t('admin.deactivate.title', { name: account?.fullName ?? '' })}
      form={(args) => <DeactivateForm {...args} />}
    />
  );
}

/** `deactivateAccountInputSchema`: a reason is required; it goes into the audit trail. */
function DeactivateForm({
  account,
  onCancel,
  onDone,
}: {
  account: Account;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [error, setError] = useState<AppError | null>(null);
  const deactivate = useLanternMutation('accounts:deactivate');
  const form = useForm({
    resolver: zodResolver(deactivateAccountInputSchema),
    defaultValues: { accountId: account.id, reason: '' },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      await deactivate.mutateAsync(values);
      await queryClient.invalidateQueries({ queryKey: lanternKey('accounts:list') });
      onDone();
    } catch (thrown) {
      const appError = toAppError(thrown);
      if (!applyFieldErrors(appError, form.setError, ['reason'])) setError(appError);
    }
  });

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <p>{t('admin.deactivate.intro', { name: account.fullName })}</p>
      <FormTextField
        control={form.control}
        name="reason"
        label={t('admin.deactivate.reason')}
        description={t('admin.deactivate.reasonHelp')}
        multiline
        autoFocus
        isRequired
      />
      <ErrorAlert error={error} />
      <div className="dialog-actions">
        <Button className="button" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" className="button button-danger" isPending={deactivate.isPending}>
          {t('admin.deactivate.submit')}
        </Button>
      </div>
    </Form>
  );
}
