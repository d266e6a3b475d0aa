import { useState } from 'react';
import { Button, Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Account } from '../../../../shared/contracts/accounts';
import type { AppError } from '../../../../shared/result';
import { useSession } from '../../app/session';
import { useLanternQuery } from '../../lib/client';
import { errorMessage } from '../../lib/errors';
import { ErrorAlert, LoadingMessage, StatusMessage } from '../../ui/feedback';
import { ChangeRoleDialog, RenameDialog } from './AccountChangeDialogs';
import { AddStaffDialog } from './AddStaffDialog';
import { DeactivateDialog } from './DeactivateDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { TeamSelect, TeamsPanel } from './TeamsPanel';

type RowDialog = { kind: 'reset' | 'deactivate' | 'role' | 'rename' | 'reactivate'; account: Account } | null;

/**
 * Every staff account, with "Add staff member" and per row: Change role and Deactivate (not for
 * oneself), Fix name, Reset password; a deactivated person's row offers Fix name and Reactivate.
 */
export function StaffAccountsTab() {
  const { t } = useTranslation();
  const { session } = useSession();
  const accounts = useLanternQuery('accounts:list', {});
  const teams = useLanternQuery('teams:list', {});
  const [teamError, setTeamError] = useState<AppError | null>(null);
  const [adding, setAdding] = useState(false);
  const [dialog, setDialog] = useState<RowDialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  /** Who was just deactivated: old backups still hold a slot for them until the key changes. */
  const [deactivatedName, setDeactivatedName] = useState<string | null>(null);

  const statusLabel = (account: Account) => {
    if (account.status === 'deactivated') return t('admin.staff.deactivated');
    return account.mustChangePassword ? t('admin.staff.mustChange') : t('admin.staff.active');
  };

  return (
    <div className="stack">
      <div className="toolbar">
        <Button className="button button-primary" onPress={() => setAdding(true)}>
          {t('admin.staff.add')}
        </Button>
      </div>
      <StatusMessage>{notice}</StatusMessage>
      {deactivatedName ? <SuggestKeyChange name={deactivatedName} /> : null}
      <ErrorAlert error={teamError} />
      {accounts.isPending ? <LoadingMessage /> : null}
      {accounts.isError ? (
        <ErrorAlert>
          {t('admin.staff.loadFailed')} {errorMessage(t, accounts.error.error)}
        </ErrorAlert>
      ) : null}
      {accounts.data ? (
        <div className="table-wrap">
          <Table aria-label={t('admin.staff.tableLabel')} className="data-table">
            <TableHeader>
              <Column isRowHeader>{t('admin.staff.name')}</Column>
              <Column>{t('admin.staff.username')}</Column>
              <Column>{t('admin.staff.role')}</Column>
              <Column>{t('admin.staff.status')}</Column>
              <Column>{t('admin.staff.team')}</Column>
              <Column>{t('admin.staff.actions')}</Column>
            </TableHeader>
            <TableBody
              items={accounts.data}
              // Rows are cached by account; a new team must still reach every row's team choice.
              dependencies={[teams.data]}
              renderEmptyState={() => t('admin.staff.empty')}
            >
              {(account) => (
                <Row id={account.id} className={account.status === 'deactivated' ? 'row-muted' : undefined}>
                  <Cell>
                    {account.fullName}
                    {account.id === session.accountId ? (
                      <span className="muted"> {t('admin.staff.you')}</span>
                    ) : null}
                  </Cell>
                  <Cell>{account.username}</Cell>
                  <Cell>{t(`roles.${account.role}`)}</Cell>
                  <Cell>{statusLabel(account)}</Cell>
                  <Cell>
                    {account.status === 'active' ? (
                      <TeamSelect account={account} teams={teams.data ?? []} onError={setTeamError} />
                    ) : null}
                  </Cell>
                  <Cell>
                    <RowActions
                      account={account}
                      isSelf={account.id === session.accountId}
                      onChoose={(kind) => setDialog({ kind, account })}
                    />
                  </Cell>
                </Row>
              )}
            </TableBody>
          </Table>
        </div>
      ) : null}
      {teams.data ? <TeamsPanel teams={teams.data} /> : null}

      <AddStaffDialog
        isOpen={adding}
        onOpenChange={setAdding}
        onAdded={(name) => setNotice(t('admin.addStaff.done', { name }))}
      />
      <ResetPasswordDialog
        account={dialog?.kind === 'reset' ? dialog.account : null}
        onClose={() => setDialog(null)}
        onDone={(name) => {
          setDeactivatedName(null);
          setNotice(t('admin.resetPassword.done', { name }));
        }}
      />
      <ResetPasswordDialog
        account={dialog?.kind === 'reactivate' ? dialog.account : null}
        reactivate
        onClose={() => setDialog(null)}
        onDone={(name) => {
          setDeactivatedName(null);
          setNotice(t('admin.reactivate.done', { name }));
        }}
      />
      <ChangeRoleDialog
        account={dialog?.kind === 'role' ? dialog.account : null}
        onClose={() => setDialog(null)}
        onDone={setNotice}
      />
      <RenameDialog
        account={dialog?.kind === 'rename' ? dialog.account : null}
        onClose={() => setDialog(null)}
        onDone={setNotice}
      />
      <DeactivateDialog
        account={dialog?.kind === 'deactivate' ? dialog.account : null}
        onClose={() => setDialog(null)}
        onDone={(name) => {
          setNotice(null);
          setDeactivatedName(name);
        }}
      />
    </div>
  );
}

/** What can be done to one account: each button names the person, for screen readers. */
function RowActions({
  account,
  isSelf,
  onChoose,
}: {
  account: Account;
  isSelf: boolean;
  onChoose: (kind: NonNullable<RowDialog>['kind']) => void;
}) {
  const { t } = useTranslation();
  const name = account.fullName;
  const action = (kind: NonNullable<RowDialog>['kind'], label: string, forLabel: string, danger = false) => (
    <Button
      className={danger ? 'button button-small button-danger' : 'button button-small'}
      aria-label={forLabel}
      onPress={() => onChoose(kind)}
    >
      {label}
    </Button>
  );
  const rename = action('rename', t('admin.staff.rename'), t('admin.staff.renameFor', { name }));
  if (account.status === 'deactivated') {
    return (
      <div className="row-actions">
        {rename}
        {action('reactivate', t('admin.staff.reactivate'), t('admin.staff.reactivateFor', { name }))}
      </div>
    );
  }
  return (
    <div className="row-actions">
      {isSelf ? null : action('role', t('admin.staff.changeRole'), t('admin.staff.changeRoleFor', { name }))}
      {rename}
      {action('reset', t('admin.staff.resetPassword'), t('admin.staff.resetPasswordFor', { name }))}
      {isSelf
        ? null
        : action('deactivate', t('admin.staff.deactivate'), t('admin.staff.deactivateFor', { name }), true)}
    </div>
  );
}

/** After a deactivation: say what old copies still open, and offer the key change. */
function SuggestKeyChange({ name }: { name: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div role="status" className="alert alert-info">
      <p>{t('admin.deactivate.suggestKeyChange', { name })}</p>
      <Button className="button" onPress={() => void navigate('/administration/database-key')}>
        {t('admin.deactivate.goToKeyChange')}
      </Button>
    </div>
  );
}
