import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientTabProps } from '../../lib/featureSlots';
import { DocumentPreviewDialog, type PreviewSource } from '../../ui/DocumentPreviewDialog';
import { AttachmentsPanel } from './attachments/AttachmentsPanel';
import { CreateDocument } from './CreateDocument';
import { DocumentList } from './DocumentList';
import { TemplateFillAction } from './templates/TemplateFillAction';
import './documents.css';

/**
 * The client file's Documents tab: make a built-in document (preview first, then save, print or
 * keep it), fill one of the clinic's Word templates, the documents made for this client with
 * their stored copies, and the files attached to the record.
 */
export function DocumentsTab({ file, canEdit }: ClientTabProps) {
  const { t } = useTranslation();
  const clientId = file.client.id;
  const [shown, setShown] = useState<PreviewSource | null>(null);
  return (
    <div className="stack documents-tab">
      <div className="tab-toolbar">
        <h2 className="tab-heading">{t('clients.tabs.documents')}</h2>
      </div>
      <div className="documents-actions">
        <CreateDocument clientId={clientId} onPreview={(preview) => setShown({ kind: 'preview', preview })} />
        <TemplateFillAction clientId={clientId} canEdit={canEdit} />
      </div>
      <DocumentList clientId={clientId} onOpen={setShown} />
      <AttachmentsPanel clientId={clientId} canEdit={canEdit} />
      <DocumentPreviewDialog source={shown} onClose={() => setShown(null)} />
    </div>
  );
}
