import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import {
  changeRoleInputSchema,
  renameAccountInputSchema,
  type Account,
} from '../../../../shared/contracts/accounts';
import { ROLES } from '../../../../shared/domain/roles';
import { useLanternMutation } from '../../lib/client';
import { useContractForm } from '../../lib/useContractForm';
import { ErrorAlert } from '../../ui/feedback';
import { FormSelectField, FormTextField } from '../../ui/fields';
import { AccountFormDialog } from './AccountFormDialog';

interface DialogProps {
  account: Account | null;
  onClose: () => void;
  /** Said after the change: the person's name (as it is now) and the sentence to show. */
  onDone: (message: string) => void;
}

/** A new role for someone else; it applies from their next sign-in (main ends a session they hold). */
export function ChangeRoleDialog({ onDone, ...props }: DialogProps) {
  const { t } = useTranslation();
  return (
    <AccountFormDialog
      {...props}
      onDone={() => undefined}
      title={(account) => t('admin.changeRole.title', { name: account?.fullName ?? '' })}
      form={(args) => <ChangeRoleForm {...args} onChanged={onDone} />}
    />
  );
}

function ChangeRoleForm({
  account,
  onCancel,
  onDone,
  onChanged,
}: {
  account: Account;
  onCancel: () => void;
  onDone: () => void;
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const change = useLanternMutation('accounts:changeRole');
  const { form, error, submit } = useContractForm({
    schema: changeRoleInputSchema,
    defaultValues: { accountId: account.id, role: account.role },
    fields: ['role'] as const,
  });
  const onSubmit = submit(async (values) => {
    const changed = await change.mutateAsync(values);
    onChanged(t('admin.changeRole.done', { name: changed.fullName, role: t(`roles.${changed.role}`) }));
    onDone();
  });
  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <p>{t('admin.changeRole.intro', { name: account.fullName, role: t(`roles.${account.role}`) })}</p>
      <FormSelectField
        control={form.control}
        name="role"
        label={t('admin.changeRole.role')}
        options={ROLES.map((role) => ({ id: role, label: t(`roles.${role}`) }))}
        isRequired
      />
      <ErrorAlert error={error} />
      <div className="dialog-actions">
        <Button className="button" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" className="button button-primary" isPending={change.isPending}>
          {t('admin.changeRole.submit')}
        </Button>
      </div>
    </Form>
  );
}

/** A corrected full name; the username stays, and what the person recorded keeps its name. */
export function RenameDialog({ onDone, ...props }: DialogProps) {
  const { t } = useTranslation();
  return (
    <AccountFormDialog
      {...props}
      onDone={() => undefined}
      title={(account) => t('admin.rename.title', { name: account?.fullName ?? '' })}
      form={(args) => <RenameForm {...args} onChanged={onDone} />}
    />
  );
}

function RenameForm({
  account,
  onCancel,
  onDone,
  onChanged,
}: {
  account: Account;
  onCancel: () => void;
  onDone: () => void;
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const rename = useLanternMutation('accounts:rename');
  const { form, error, submit } = useContractForm({
    schema: renameAccountInputSchema,
    defaultValues: { accountId: account.id, fullName: account.fullName },
    fields: ['fullName'] as const,
  });
  const onSubmit = submit(async (values) => {
    const changed = await rename.mutateAsync(values);
    onChanged(t('admin.rename.done', { name: changed.fullName }));
    onDone();
  });
  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <p>{t('admin.rename.intro', { name: account.fullName })}</p>
      <FormTextField
        control={form.control}
        name="fullName"
        label={t('admin.rename.fullName')}
        autoFocus
        isRequired
      />
      <ErrorAlert error={error} />
      <div className="dialog-actions">
        <Button className="button" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" className="button button-primary" isPending={rename.isPending}>
          {t('admin.rename.submit')}
        </Button>
      </div>
    </Form>
  );
}
