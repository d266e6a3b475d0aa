import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ClientFile } from '../../../../../shared/contracts/clients';
import { StatusMessage } from '../../../ui/feedback';
import { ClientSummary } from './ClientSummary';
import { ExportRecordButton } from './ExportRecordButton';
import { can } from '../../../../../shared/domain/roles';
import { useSession } from '../../../app/session';
import { EditClientForm } from './EditClientForm';
import { EditContactForm } from './EditContactForm';

export function OverviewTab({ file, canEdit }: { file: ClientFile; canEdit: boolean }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // Front desk keeps the contact details current from the contact view; nothing else changes here.
  const editsContact = file.access === 'contact' && can(session.role, 'clients:register');
  const done = () => {
    setEditing(false);
    setNotice(t('clients.edit.saved'));
  };

  if (editing && file.access === 'full') {
    return <EditClientForm record={file.client} onCancel={() => setEditing(false)} onDone={done} />;
  }
  if (editing && file.access === 'contact') {
    return <EditContactForm record={file.client} onCancel={() => setEditing(false)} onDone={done} />;
  }
  return (
    <div className="stack">
      <div className="tab-toolbar">
        <h2 className="tab-heading">{t('clients.tabs.overview')}</h2>
        {canEdit || editsContact ? (
          <Button
            className="button button-primary"
            onPress={() => {
              setNotice(null);
              setEditing(true);
            }}
          >
            {t('clients.overview.edit')}
          </Button>
        ) : null}
      </div>
      <StatusMessage>{notice}</StatusMessage>
      <ClientSummary file={file} />
      {file.access === 'full' ? <ExportRecordButton clientId={file.client.id} /> : null}
    </div>
  );
}
