import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../../../shared/contracts/attachments';
import type { AppError } from '../../../../../shared/result';
import { call, useLanternQuery } from '../../../lib/client';
import { errorMessage } from '../../../lib/errors';
import { ErrorAlert, LoadingMessage, StatusMessage } from '../../../ui/feedback';
import { PlaintextSaveDialog } from '../../../ui/PlaintextSaveDialog';
import { AddAttachment } from './AddAttachment';
import { AttachmentTable, type AttachmentAction } from './AttachmentTable';
import { AttachmentViewer } from './AttachmentViewer';
import { RemoveAttachmentDialog } from './RemoveAttachmentDialog';
import './attachments.css';

/**
 * A client's attached files (scans, letters, hospital papers) on the Documents tab: add by drag
 * and drop or a picker, view inside Lantern, save a copy, remove with a reason. Removed ones are
 * listed apart, greyed; only a supervisor opens them.
 */
export interface AttachmentsPanelProps {
  clientId: string;
  canEdit: boolean;
}

type Shown = { action: AttachmentAction; attachment: Attachment } | null;

export function AttachmentsPanel({ clientId, canEdit }: AttachmentsPanelProps) {
  const { t } = useTranslation();
  const list = useLanternQuery('attachments:list', { clientId });
  const [shown, setShown] = useState<Shown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const act = (action: AttachmentAction, attachment: Attachment) => {
    setNotice(null);
    setError(null);
    setShown({ action, attachment });
  };
  const close = () => setShown(null);
  const saving = shown?.action === 'save' ? shown.attachment : null;

  return (
    <section className="stack attachments" aria-labelledby="attachments-heading">
      <h3 id="attachments-heading">{t('attachments.title')}</h3>
      <p className="muted">{t('attachments.intro')}</p>
      {list.error ? (
        <ErrorAlert>
          {t('attachments.loadFailed')} {errorMessage(t, list.error.error)}
        </ErrorAlert>
      ) : null}
      {!list.data && !list.error ? <LoadingMessage /> : null}
      {list.data && canEdit && list.data.canAdd ? (
        <AddAttachment
          clientId={clientId}
          maxSizeMb={list.data.maxSizeMb}
          onAdded={(added) => setNotice(t('attachments.added', { title: added.title }))}
        />
      ) : null}
      <StatusMessage>{notice}</StatusMessage>
      <ErrorAlert error={error} />
      {list.data ? (
        <AttachmentTable attachments={list.data.attachments} canEdit={canEdit} onAction={act} />
      ) : null}
      {list.data && list.data.removed.length > 0 ? (
        <>
          <h4>{t('attachments.removedTable.heading')}</h4>
          <AttachmentTable attachments={list.data.removed} removed canEdit={false} onAction={act} />
        </>
      ) : null}
      <AttachmentViewer
        attachment={shown?.action === 'open' ? shown.attachment : null}
        onClose={close}
        onSave={(attachment) => act('save', attachment)}
      />
      <RemoveAttachmentDialog
        attachment={shown?.action === 'remove' ? shown.attachment : null}
        onClose={close}
        onDone={(removed) => setNotice(t('attachments.removedNotice', { title: removed.title }))}
      />
      <PlaintextSaveDialog
        isOpen={saving !== null}
        location={{
          purpose: 'attachment',
          title: t('attachments.save.dialogTitle'),
          attachmentId: saving?.id ?? '',
        }}
        words={{
          warnTitle: t('attachments.save.warnTitle'),
          notEncrypted: t('attachments.save.notEncrypted'),
          whereHelp: t('attachments.save.whereHelp'),
          choose: t('attachments.save.choose'),
          cancel: t('common.cancel'),
          syncedTitle: t('attachments.save.syncedTitle'),
          synced: (location) => t('attachments.save.synced', location),
          saveAnyway: t('attachments.save.saveAnyway'),
          chooseAnother: t('attachments.save.chooseAnother'),
        }}
        write={() => call('attachments:save', { attachmentId: saving?.id ?? '' })}
        onDone={(saved) => setNotice(t('attachments.save.saved', { file: saved.file }))}
        onError={setError}
        onClose={close}
      />
    </section>
  );
}
