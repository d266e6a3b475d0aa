import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { InputOf } from '../../../shared/contracts';
import type { SaveLocation } from '../../../shared/contracts/files';
import { toAppError, useLanternMutation } from '../lib/client';
import type { AppError } from '../../../shared/result';
import { ModalDialog } from './ModalDialog';

/** What the dialog says, in the caller's words (already translated). */
export interface PlaintextSaveWords {
  warnTitle: string;
  notEncrypted: string;
  whereHelp: string;
  choose: string;
  cancel: string;
  syncedTitle: string;
  synced(location: { path: string; service: string }): string;
  saveAnyway: string;
  chooseAnother: string;
}

/**
 * Saving a copy that leaves Lantern's encryption: the warning first, then the operating system's
 * save dialog (opened by main, which keeps the path: `files:chooseSaveLocation`), a second warning
 * when the folder is synced to a cloud service, then `write` (the channel that writes there).
 * Open while `isOpen`; `onDone` gets what `write` answered, `onError` a refusal.
 */
export function PlaintextSaveDialog<T>(props: {
  isOpen: boolean;
  /** What the save dialog is for (its title among it): the purpose and what is saved. */
  location: InputOf<'files:chooseSaveLocation'>;
  words: PlaintextSaveWords;
  write(): Promise<T>;
  onDone(result: T): void;
  onError(error: AppError): void;
  onClose(): void;
}) {
  const { words } = props;
  const [synced, setSynced] = useState<SaveLocation | null>(null);
  const [busy, setBusy] = useState(false);
  const choose = useLanternMutation('files:chooseSaveLocation');
  const close = () => {
    setSynced(null);
    props.onClose();
  };

  const finish = async (step: () => Promise<void>) => {
    setBusy(true);
    try {
      await step();
    } catch (thrown) {
      close();
      props.onError(toAppError(thrown));
    } finally {
      setBusy(false);
    }
  };
  const write = () =>
    finish(async () => {
      const result = await props.write();
      close();
      props.onDone(result);
    });
  const chooseLocation = () =>
    finish(async () => {
      const location = await choose.mutateAsync(props.location);
      if (!location.path) return close();
      if (location.syncService) return setSynced(location);
      const result = await props.write();
      close();
      props.onDone(result);
    });

  return (
    <ModalDialog
      isOpen={props.isOpen}
      onOpenChange={(open) => (open ? undefined : close())}
      title={synced ? words.syncedTitle : words.warnTitle}
      role="alertdialog"
    >
      {(dismiss) => (
        <>
          {synced ? (
            <p className="notice">
              {words.synced({ path: synced.path ?? '', service: synced.syncService ?? '' })}
            </p>
          ) : (
            <>
              <p className="notice">{words.notEncrypted}</p>
              <p>{words.whereHelp}</p>
            </>
          )}
          <div className="dialog-actions">
            <Button className="button" onPress={dismiss}>
              {words.cancel}
            </Button>
            {synced ? (
              <Button className="button" onPress={() => void write()} isDisabled={busy}>
                {words.saveAnyway}
              </Button>
            ) : null}
            <Button
              className="button button-primary"
              onPress={() => void chooseLocation()}
              isDisabled={busy}
              autoFocus
            >
              {synced ? words.chooseAnother : words.choose}
            </Button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
