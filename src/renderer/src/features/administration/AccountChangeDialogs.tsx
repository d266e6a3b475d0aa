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

/** Which change: a new role (applies from the next sign-in) or a corrected full name. */
type Change = 'role' | 'name';

interface DialogProps {
  account: Account | null;
  onClose: () => void;
  /** The sentence to show once the change is saved. */
  onDone: (message: string) => void;
}

/** A new role for someone else; it applies from their next sign-in (main ends a session they hold). */
export const ChangeRoleDialog = (props: DialogProps) => <AccountChangeDialog {...props} change="role" />;

/** A corrected full name; the username stays, and what the person recorded keeps its name. */
export const RenameDialog = (props: DialogProps) => <AccountChangeDialog {...props} change="name" />;

function AccountChangeDialog({ change, onDone, ...props }: DialogProps & { change: Change }) {
  const { t } = useTranslation();
  const title = change === 'role' ? 'admin.changeRole.title' : 'admin.rename.title';
  return (
    <AccountFormDialog
      {...props}
      onDone={() => undefined}
      title={(account) => t(title, { name: account?.fullName ?? '' })}
      form={(args) =>
        change === 'role' ? <RoleForm {...args} onSaved={onDone} /> : <NameForm {...args} onSaved={onDone} />
      }
    />
  );
}

interface FormProps {
  account: Account;
  onCancel: () => void;
  onDone: () => void;
  onSaved: (message: string) => void;
}

function RoleForm({ account, onDone, onSaved, onCancel }: FormProps) {
  const { t } = useTranslation();
  const change = useLanternMutation('accounts:changeRole');
  const { form, error, submit } = useContractForm({
    schema: changeRoleInputSchema,
    defaultValues: { accountId: account.id, role: account.role },
    fields: ['role'] as const,
  });
  const onSubmit = submit(async (values) => {
    const changed = await change.mutateAsync(values);
    onSaved(t('admin.changeRole.done', { name: changed.fullName, role: t(`roles.${changed.role}`) }));
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
      <Actions onCancel={onCancel} submit={t('admin.changeRole.submit')} isPending={change.isPending} />
    </Form>
  );
}

function NameForm({ account, onDone, onSaved, onCancel }: FormProps) {
  const { t } = useTranslation();
  const rename = useLanternMutation('accounts:rename');
  const { form, error, submit } = useContractForm({
    schema: renameAccountInputSchema,
    defaultValues: { accountId: account.id, fullName: account.fullName },
    fields: ['fullName'] as const,
  });
  const onSubmit = submit(async (values) => {
    const changed = await rename.mutateAsync(values);
    onSaved(t('admin.rename.done', { name: changed.fullName }));
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
      <Actions onCancel={onCancel} submit={t('admin.rename.submit')} isPending={rename.isPending} />
    </Form>
  );
}

function Actions({
  onCancel,
  submit,
  isPending,
}: {
  onCancel: () => void;
  submit: string;
  isPending: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="dialog-actions">
      <Button className="button" onPress={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" className="button button-primary" isPending={isPending}>
        {submit}
      </Button>
    </div>
  );
}
