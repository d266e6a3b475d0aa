import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { createAccountInputSchema } from '../../../../shared/contracts/accounts';
import { ROLES } from '../../../../shared/domain/roles';
import { useLanternMutation } from '../../lib/client';
import { useContractForm } from '../../lib/useContractForm';
import { ErrorAlert } from '../../ui/feedback';
import { FormSelectField, FormTextField } from '../../ui/fields';
import { ModalDialog } from '../../ui/ModalDialog';

const FIELDS = ['fullName', 'username', 'role', 'password', 'passwordConfirm'] as const;

export function AddStaffDialog(props: {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  onAdded: (name: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <ModalDialog isOpen={props.isOpen} onOpenChange={props.onOpenChange} title={t('admin.addStaff.title')}>
      {(close) => (
        <AddStaffForm
          onCancel={close}
          onAdded={(name) => {
            props.onAdded(name);
            close();
          }}
        />
      )}
    </ModalDialog>
  );
}

/** `createAccountInputSchema`: the new person must replace the temporary password at first sign-in. */
function AddStaffForm({ onCancel, onAdded }: { onCancel: () => void; onAdded: (name: string) => void }) {
  const { t } = useTranslation();
  const create = useLanternMutation('accounts:create');
  const { form, error, submit } = useContractForm({
    schema: createAccountInputSchema,
    defaultValues: { fullName: '', username: '', password: '', passwordConfirm: '' },
    fields: FIELDS,
  });
  const roleOptions = ROLES.map((role) => ({ id: role, label: t(`roles.${role}`) }));

  const onSubmit = submit(async (values) => {
    const account = await create.mutateAsync(values);
    onAdded(account.fullName);
  });

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <p>{t('admin.addStaff.intro')}</p>
      <FormTextField
        control={form.control}
        name="fullName"
        label={t('admin.addStaff.fullName')}
        autoFocus
        isRequired
      />
      <FormTextField
        control={form.control}
        name="username"
        label={t('admin.addStaff.username')}
        description={t('setup.usernameHelp')}
        autoComplete="off"
        isRequired
      />
      <FormSelectField
        control={form.control}
        name="role"
        label={t('admin.addStaff.role')}
        placeholder={t('admin.addStaff.rolePlaceholder')}
        options={roleOptions}
        isRequired
      />
      <FormTextField
        control={form.control}
        name="password"
        type="password"
        label={t('admin.addStaff.password')}
        description={t('admin.addStaff.passwordHelp')}
        autoComplete="new-password"
        isRequired
      />
      <FormTextField
        control={form.control}
        name="passwordConfirm"
        type="password"
        label={t('admin.addStaff.passwordConfirm')}
        autoComplete="new-password"
        isRequired
      />
      <ErrorAlert error={error} />
      <div className="dialog-actions">
        <Button className="button" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" className="button button-primary" isPending={create.isPending}>
          {t('admin.addStaff.submit')}
        </Button>
      </div>
    </Form>
  );
}
