import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { changePasswordInputSchema } from '../../../../shared/contracts/auth';
import { useLanternMutation } from '../../lib/client';
import { useContractForm } from '../../lib/useContractForm';
import { ErrorAlert } from '../../ui/feedback';
import { FormTextField } from '../../ui/fields';

const FIELDS = ['currentPassword', 'password', 'passwordConfirm'] as const;

/** Current password, new password, and the new one again (`changePasswordInputSchema`). */
export function ChangePasswordForm({
  temporary,
  onChanged,
}: {
  temporary: boolean;
  onChanged: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const change = useLanternMutation('auth:changePassword');
  const { form, error, submit } = useContractForm({
    schema: changePasswordInputSchema,
    defaultValues: { currentPassword: '', password: '', passwordConfirm: '' },
    fields: FIELDS,
  });

  const onSubmit = submit(async (values) => {
    await change.mutateAsync(values);
    form.reset();
    await onChanged();
  });

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <FormTextField
        control={form.control}
        name="currentPassword"
        type="password"
        label={temporary ? t('changePassword.gateCurrentPassword') : t('changePassword.currentPassword')}
        autoComplete="current-password"
        autoFocus
        isRequired
      />
      <FormTextField
        control={form.control}
        name="password"
        type="password"
        label={t('changePassword.password')}
        description={t('changePassword.passwordHelp')}
        autoComplete="new-password"
        isRequired
      />
      <FormTextField
        control={form.control}
        name="passwordConfirm"
        type="password"
        label={t('changePassword.passwordConfirm')}
        autoComplete="new-password"
        isRequired
      />
      <ErrorAlert error={error} />
      <div className="form-actions">
        <Button type="submit" className="button button-primary" isPending={change.isPending}>
          {change.isPending ? t('changePassword.submitting') : t('changePassword.submit')}
        </Button>
      </div>
    </Form>
  );
}
