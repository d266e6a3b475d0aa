import type { ReactNode } from 'react';
import type { Account } from '../../../../shared/contracts/accounts';
import { ModalDialog } from '../../ui/ModalDialog';

/**
 * The dialog around a form about one staff account (reset password, deactivate): open while an
 * account is chosen; on success it reports the person's name and closes.
 */
export function AccountFormDialog(props: {
  account: Account | null;
  title: (account: Account | null) => string;
  role?: 'dialog' | 'alertdialog';
  onClose: () => void;
  onDone: (name: string) => void;
  form: (args: { account: Account; onCancel: () => void; onDone: () => void }) => ReactNode;
}) {
  const { account } = props;
  return (
    <ModalDialog
      {...(props.role ? { role: props.role } : {})}
      isOpen={account !== null}
      onOpenChange={(open) => (open ? undefined : props.onClose())}
      title={props.title(account)}
    >
      {(close) =>
        account
          ? props.form({
              account,
              onCancel: close,
              onDone: () => {
                props.onDone(account.fullName);
                close();
              },
            })
          : null
      }
    </ModalDialog>
  );
}
