import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { SaveLocation } from '../../../shared/contracts/files';
import type { AppError } from '../../../shared/result';
import { toAppError, useLanternMutation } from '../lib/client';

/** What is being saved: a preview (registered by the save) or a registered document's stored copy. */
export type SaveTarget = { previewId: string; keepCopy: boolean } | { documentId: string };

export interface DocumentSave {
  /** Opens the operating system's save dialog (main's), then saves unless the folder is synced. */
  start(target: SaveTarget): Promise<void>;
  busy: boolean;
  /** The folder chosen is copied to a cloud service: the person decides (`SyncedFolderWarning`). */
  synced: { target: SaveTarget; location: SaveLocation } | null;
  saveAnyway(): Promise<void>;
  cancel(): void;
  /** Where the last save wrote, or null. */
  savedTo: string | null;
  error: AppError | null;
}

/**
 * Save as… for a document, as the FHIR export does it: main opens the save dialog (and keeps
 * the answer; the renderer never sends a path back), the file is NOT encrypted, and a folder that
 * a sync service uploads (OneDrive, Dropbox, Google Drive, iCloud Drive) is named before anything
 * is written there.
 */
export function useDocumentSave(onSaved?: (documentId: string) => void): DocumentSave {
  const { t } = useTranslation();
  const choose = useLanternMutation('files:chooseSaveLocation');
  const save = useLanternMutation('documents:save');
  const saveCopy = useLanternMutation('documents:saveCopy');
  const [synced, setSynced] = useState<DocumentSave['synced']>(null);
  const [savedTo, setSavedTo] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const write = async (target: SaveTarget) => {
    setSynced(null);
    try {
      const result =
        'documentId' in target ? await saveCopy.mutateAsync(target) : await save.mutateAsync(target);
      setSavedTo(result.file);
      onSaved?.(result.documentId);
    } catch (thrown) {
      setError(toAppError(thrown));
    }
  };

  const start = async (target: SaveTarget) => {
    setError(null);
    setSavedTo(null);
    setSynced(null);
    try {
      const ref =
        'documentId' in target ? { documentId: target.documentId } : { previewId: target.previewId };
      const location = await choose.mutateAsync({
        purpose: 'document',
        title: t('documents.save.title'),
        ...ref,
      });
      if (!location.path) return;
      if (location.syncService) return setSynced({ target, location });
      await write(target);
    } catch (thrown) {
      setError(toAppError(thrown));
    }
  };

  return {
    start,
    busy: choose.isPending || save.isPending || saveCopy.isPending,
    synced,
    saveAnyway: () => (synced ? write(synced.target) : Promise.resolve()),
    cancel: () => setSynced(null),
    savedTo,
    error,
  };
}

/** The choice when the folder is synced to the cloud: save there anyway, or choose another place. */
export function SyncedFolderWarning({ flow }: { flow: DocumentSave }) {
  const { t } = useTranslation();
  const synced = flow.synced;
  if (!synced) return null;
  return (
    <div role="alert" className="alert alert-error stack">
      <p>
        <strong>{t('documents.save.syncedTitle')}</strong>{' '}
        {t('documents.save.synced', { service: synced.location.syncService, path: synced.location.path })}
      </p>
      <div className="dialog-actions">
        <Button className="button" onPress={flow.cancel}>
          {t('common.cancel')}
        </Button>
        <Button className="button" isDisabled={flow.busy} onPress={() => void flow.saveAnyway()}>
          {t('documents.save.saveAnyway')}
        </Button>
        <Button
          className="button button-primary"
          isDisabled={flow.busy}
          onPress={() => void flow.start(synced.target)}
          autoFocus
        >
          {t('documents.save.chooseAnother')}
        </Button>
      </div>
    </div>
  );
}
