import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ClientFile } from '../../../../../shared/contracts/clients';
import { StatusMessage } from '../../../ui/feedback';
import { ClientSummary } from './ClientSummary';
import { ExportRecordButton } from './ExportRecordButton';
import { EditClientForm } from './EditClientForm';

export function OverviewTab({ file, canEdit }: { file: ClientFile; canEdit: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  if (editing && file.access === 'full') {
    return (
      <EditClientForm
        record={file.client}
        onCancel={() => setEditing(false)}
        onDone={() => {
          setEditing(false);
          setNotice(t('clients.edit.saved'));
        }}
      />
    );
  }
  return (
    <div className="stack">
      <div className="tab-toolbar">
        <h2 className="tab-heading">{t('clients.tabs.overview')}</h2>
        {canEdit ? (
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
