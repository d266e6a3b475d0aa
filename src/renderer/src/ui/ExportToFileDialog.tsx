import { useState, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { SaveLocation } from '../../../shared/contracts/files';
import type { AppError } from '../../../shared/result';
import { toAppError } from '../lib/client';
import { ModalDialog } from './ModalDialog';

type Step = { kind: 'closed' } | { kind: 'warn' } | { kind: 'synced'; location: SaveLocation };

/** What an export screen says in the dialog; the steps and their order are the same everywhere. */
export interface ExportToFileWords {
  warnTitle: string;
  /** The first step: what is exported, and that the file is NOT encrypted. */
  warning: ReactNode;
  choose: string;
  syncedTitle: string;
  synced(location: SaveLocation): string;
  saveAnyway: string;
  chooseAnother: string;
}

/**
 * An export to a file that is NOT encrypted, in the same steps wherever Lantern makes one: a
 * warning before anything is chosen, the operating system's save dialog (opened by main, which
 * keeps the choice: `chooseLocation`), a second warning when the folder is synced to a cloud
 * service, then `write` — main writes the file and audits it. Failures land in `error`.
 */
export function useExportToFile<R>({
  chooseLocation,
  write,
  onSaved,
}: {
  chooseLocation(): Promise<SaveLocation>;
  write(): Promise<R>;
  onSaved(result: R): void;
}) {
  const [step, setStep] = useState<Step>({ kind: 'closed' });
  const [error, setError] = useState<AppError | null>(null);

  const save = async () => {
    setStep({ kind: 'closed' });
    try {
      onSaved(await write());
    } catch (thrown) {
      setError(toAppError(thrown));
    }
  };
  const choose = async () => {
    try {
      const location = await chooseLocation();
      if (!location.path) return setStep({ kind: 'closed' });
      if (location.syncService) return setStep({ kind: 'synced', location });
      await save();
    } catch (thrown) {
      setStep({ kind: 'closed' });
      setError(toAppError(thrown));
    }
  };
  return {
    error,
    start: () => {
      setError(null);
      setStep({ kind: 'warn' });
    },
    dialog: (words: ExportToFileWords, busy: boolean) => (
      <ExportSteps
        step={step}
        words={words}
        busy={busy}
        onClose={() => setStep({ kind: 'closed' })}
        onChoose={() => void choose()}
        onSaveAnyway={() => void save()}
      />
    ),
  };
}

function ExportSteps({
  step,
  words,
  busy,
  onClose,
  onChoose,
  onSaveAnyway,
}: {
  step: Step;
  words: ExportToFileWords;
  busy: boolean;
  onClose(): void;
  onChoose(): void;
  onSaveAnyway(): void;
}) {
  const { t } = useTranslation();
  const synced = step.kind === 'synced' ? step.location : null;
  return (
    <ModalDialog
      isOpen={step.kind !== 'closed'}
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={synced ? words.syncedTitle : words.warnTitle}
      role="alertdialog"
    >
      {(close) => (
        <>
          {synced ? <p className="notice">{words.synced(synced)}</p> : words.warning}
          <div className="dialog-actions">
            <Button className="button" onPress={close}>
              {t('common.cancel')}
            </Button>
            {synced ? (
              <Button className="button" onPress={onSaveAnyway} isDisabled={busy}>
                {words.saveAnyway}
              </Button>
            ) : null}
            <Button className="button button-primary" onPress={onChoose} isDisabled={busy} autoFocus>
              {synced ? words.chooseAnother : words.choose}
            </Button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
