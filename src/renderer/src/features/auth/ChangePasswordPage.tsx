import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';
import { StatusMessage } from '../../ui/feedback';
import { ChangePasswordForm } from './ChangePasswordForm';

/** "My account → Change password" inside the shell. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const [done, setDone] = useState(false);
  return (
    <Page title={t('changePassword.title')}>
      <StatusMessage>{done ? t('changePassword.done') : null}</StatusMessage>
      <div className="panel panel-form">
        <ChangePasswordForm
          temporary={false}
          onChanged={async () => {
            setDone(true);
          }}
        />
      </div>
    </Page>
  );
}
